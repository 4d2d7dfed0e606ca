package fr.convergences.base.web;

import java.net.InetSocketAddress;
import java.util.Set;
import org.eclipse.jetty.http.HttpFields;
import org.eclipse.jetty.server.ForwardedRequestCustomizer;
import org.eclipse.jetty.server.HttpConfiguration;
import org.eclipse.jetty.server.Request;

/**
 * Reads the client's address and scheme from {@code Forwarded} / {@code X-Forwarded-*} headers, but only when
 * the request comes from a configured reverse proxy: anyone else could write those headers to pass for another
 * address or for HTTPS. Behind a TLS proxy, this is what makes the session cookie Secure.
 */
final class TrustedProxies implements HttpConfiguration.Customizer {

    private final Set<String> addresses;
    private final ForwardedRequestCustomizer forwarded = new ForwardedRequestCustomizer();

    TrustedProxies(Set<String> addresses) {
        this.addresses = Set.copyOf(addresses);
    }

    @Override
    public Request customize(Request request, HttpFields.Mutable responseHeaders) {
        if (request.getConnectionMetaData().getRemoteSocketAddress() instanceof InetSocketAddress remote
                && remote.getAddress() != null
                && addresses.contains(remote.getAddress().getHostAddress())) {
            return forwarded.customize(request, responseHeaders);
        }
        return request;
    }
}
