package fr.convergences.testing;

import fr.convergences.base.mail.Mailer;
import fr.convergences.base.mail.OutgoingMail;
import io.micronaut.context.annotation.Requires;
import jakarta.inject.Singleton;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The mails the platform sent during tests, to read confirmation and reset links from. */
@Singleton
@Requires(env = "test")
public class TestMailbox implements Mailer {

    private static final Pattern LINK = Pattern.compile("https?://\\S+");
    private final List<OutgoingMail> sent = new ArrayList<>();

    @Override
    public synchronized void send(OutgoingMail mail) {
        sent.add(mail);
    }

    public synchronized List<OutgoingMail> to(String address) {
        return sent.stream().filter(mail -> mail.to().equalsIgnoreCase(address)).toList();
    }

    public Optional<OutgoingMail> latestTo(String address) {
        List<OutgoingMail> mails = to(address);
        return mails.isEmpty() ? Optional.empty() : Optional.of(mails.getLast());
    }

    /** The first link in the latest mail to this address. */
    public String latestLinkTo(String address) {
        OutgoingMail mail = latestTo(address).orElseThrow(() -> new AssertionError("No mail was sent to " + address));
        Matcher matcher = LINK.matcher(mail.text());
        if (!matcher.find()) {
            throw new AssertionError("The mail to " + address + " has no link:\n" + mail.text());
        }
        return matcher.group();
    }
}
