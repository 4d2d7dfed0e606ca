package fr.convergences.testing;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;

import java.io.IOException;
import java.net.ServerSocket;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A real SMTP server in the test JVM (GreenMail): the platform sends its mails through its SMTP
 * client as in production, and tests read them here.
 */
public final class TestMailbox implements AutoCloseable {

    private static final Pattern LINK = Pattern.compile("https?://\\S+");

    /** A received mail, decoded. */
    public record Mail(String to, String subject, String text) {
    }

    private final GreenMail server;

    public TestMailbox() {
        server = new GreenMail(new ServerSetup(freePort(), "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
        server.start();
    }

    public int port() {
        return server.getSmtp().getPort();
    }

    public List<Mail> to(String address) {
        return Arrays.stream(server.getReceivedMessages())
                .map(TestMailbox::decode)
                .filter(mail -> mail.to().equalsIgnoreCase(address))
                .toList();
    }

    public Optional<Mail> latestTo(String address) {
        List<Mail> mails = to(address);
        return mails.isEmpty() ? Optional.empty() : Optional.of(mails.getLast());
    }

    /** The first link in the latest mail to this address. */
    public String latestLinkTo(String address) {
        Mail mail = latestTo(address).orElseThrow(() -> new AssertionError("No mail was sent to " + address));
        Matcher matcher = LINK.matcher(mail.text());
        if (!matcher.find()) {
            throw new AssertionError("The mail to " + address + " has no link:\n" + mail.text());
        }
        return matcher.group();
    }

    private static Mail decode(MimeMessage message) {
        try {
            return new Mail(message.getRecipients(Message.RecipientType.TO)[0].toString(), message.getSubject(),
                    String.valueOf(message.getContent()));
        } catch (MessagingException | IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    @Override
    public void close() {
        server.stop();
    }
}
