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

    /** A received mail, decoded: its text part, and its attached files with their content type as sent. */
    public record Mail(String to, String subject, String text, List<Attachment> attachments) {}

    /** An attached file, as a mail reader receives it. */
    public record Attachment(String fileName, String contentType, byte[] content) {

        public String text() {
            return new String(content, java.nio.charset.StandardCharsets.UTF_8);
        }
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
        // Only this address's mails are decoded: the shared platform's mailbox fills up over the suite (thousands of
        // notifications), decoding one costs about a millisecond, and waits call this every 20 ms.
        return Arrays.stream(server.getReceivedMessages())
                .filter(message -> recipient(message).equalsIgnoreCase(address))
                .map(TestMailbox::decode)
                .toList();
    }

    private static String recipient(MimeMessage message) {
        try {
            return message.getRecipients(Message.RecipientType.TO)[0].toString();
        } catch (MessagingException e) {
            throw new IllegalStateException(e);
        }
    }

    public Optional<Mail> latestTo(String address) {
        List<Mail> mails = to(address);
        return mails.isEmpty() ? Optional.empty() : Optional.of(mails.getLast());
    }

    /**
     * The latest mail to this address once it is one the test expects, waiting up to 10 s for it (a mail leaves after
     * its commit, and the server stores it a moment after accepting it: CI once read the previous mail right after
     * the outbox had been emptied); after 10 s, the latest whatever it is, for the test's assertion to name.
     */
    public Optional<Mail> latestTo(String address, java.util.function.Predicate<Mail> expected) {
        long deadline = System.nanoTime() + java.util.concurrent.TimeUnit.SECONDS.toNanos(10);
        while (latestTo(address).filter(expected).isEmpty() && System.nanoTime() < deadline) {
            try {
                Thread.sleep(20);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                break;
            }
        }
        return latestTo(address);
    }

    /**
     * The first link in the latest mail to this address; waits up to 10 s for a first one, since some mails (password
     * resets) are sent after the request has been answered.
     */
    public String latestLinkTo(String address) {
        awaitCount(address, 1);
        Mail mail = latestTo(address).orElseThrow(() -> new AssertionError("No mail was sent to " + address));
        return firstLink(address, mail);
    }

    /** Runs the action, waits up to 10 s for one more mail to the address, and returns that mail's first link. */
    public String linkOfNextMailTo(String address, Runnable action) {
        int before = to(address).size();
        action.run();
        awaitCount(address, before + 1);
        return firstLink(address, to(address).get(before));
    }

    /** Waits up to 10 s until this address has received at least {@code count} mails; fails if it has not. */
    public void awaitCount(String address, int count) {
        long deadline = System.nanoTime() + java.util.concurrent.TimeUnit.SECONDS.toNanos(10);
        while (to(address).size() < count && System.nanoTime() < deadline) {
            try {
                Thread.sleep(20);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
        if (to(address).size() < count) {
            throw new AssertionError("No new mail was sent to " + address + " within 10 s");
        }
    }

    private static String firstLink(String address, Mail mail) {
        Matcher matcher = LINK.matcher(mail.text());
        if (!matcher.find()) {
            throw new AssertionError("The mail to " + address + " has no link:\n" + mail.text());
        }
        return matcher.group();
    }

    private static Mail decode(MimeMessage message) {
        try {
            String to = recipient(message);
            if (!(message.getContent() instanceof jakarta.mail.Multipart parts)) {
                return new Mail(to, message.getSubject(), String.valueOf(message.getContent()), List.of());
            }
            String text = "";
            List<Attachment> attachments = new java.util.ArrayList<>();
            for (int i = 0; i < parts.getCount(); i++) {
                jakarta.mail.BodyPart part = parts.getBodyPart(i);
                if (jakarta.mail.Part.ATTACHMENT.equalsIgnoreCase(part.getDisposition())) {
                    attachments.add(new Attachment(
                            part.getFileName(),
                            part.getContentType(),
                            part.getInputStream().readAllBytes()));
                } else if (part.isMimeType("text/plain")) {
                    text = String.valueOf(part.getContent());
                }
            }
            return new Mail(to, message.getSubject(), text, List.copyOf(attachments));
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
