package fr.convergences.base.mail;

import io.micronaut.context.annotation.Requires;
import io.micronaut.context.annotation.Value;
import jakarta.activation.DataHandler;
import jakarta.inject.Singleton;
import jakarta.mail.Authenticator;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.PasswordAuthentication;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeBodyPart;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import jakarta.mail.util.ByteArrayDataSource;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Properties;
import java.util.function.BiConsumer;
import org.jspecify.annotations.Nullable;

/**
 * Sends mail through an SMTP server with Jakarta Mail (Eclipse Angus), the maintained reference
 * implementation. The password comes from the environment (CONVERGENCES_MAIL_PASSWORD), never from a file.
 */
@Singleton
@Requires(property = "convergences.mail.mode", value = "smtp")
public class SmtpMailer implements Mailer {

    private final Session session;
    private final InternetAddress from;

    public SmtpMailer(
            @Value("${convergences.mail.host:localhost}") String host,
            @Value("${convergences.mail.port:25}") int port,
            @Value("${convergences.mail.username:}") String username,
            @Value("${convergences.mail.password:}") String password,
            @Value("${convergences.mail.from:Convergences <ne-pas-repondre@convergences.invalid>}") String from,
            @Value("${convergences.mail.starttls:false}") boolean startTls) {
        Properties properties = new Properties();
        properties.put("mail.smtp.host", host);
        properties.put("mail.smtp.port", String.valueOf(port));
        properties.put("mail.smtp.starttls.enable", String.valueOf(startTls));
        properties.put("mail.smtp.starttls.required", String.valueOf(startTls));
        properties.put("mail.smtp.auth", String.valueOf(!username.isBlank()));
        // A slow mail server must not hold a person's request for minutes.
        properties.put("mail.smtp.connectiontimeout", "10000");
        properties.put("mail.smtp.timeout", "10000");
        properties.put("mail.smtp.writetimeout", "10000");
        Authenticator authenticator = username.isBlank()
                ? null
                : new Authenticator() {
                    @Override
                    protected PasswordAuthentication getPasswordAuthentication() {
                        return new PasswordAuthentication(username, password);
                    }
                };
        this.session = Session.getInstance(properties, authenticator);
        try {
            this.from = new InternetAddress(from, true);
        } catch (MessagingException e) {
            throw new IllegalArgumentException("convergences.mail.from is not a valid address: " + from, e);
        }
    }

    @Override
    public void send(OutgoingMail mail) {
        try {
            Transport.send(message(mail));
        } catch (MessagingException e) {
            throw new MailNotSentException(mail.to(), e);
        }
    }

    /**
     * Every mail over one SMTP connection: opening one costs far more than a message (measured on the test machine's
     * loopback: 60 ms a mail with a connection each, 4 ms over one). A mail that fails closes the connection; the next
     * one opens another, and a connection the server has dropped is noticed (NOOP) before a mail is given to it.
     */
    @Override
    public void sendEach(List<OutgoingMail> mails, BiConsumer<OutgoingMail, RuntimeException> failed) {
        Transport transport = null;
        try {
            for (OutgoingMail mail : mails) {
                try {
                    MimeMessage message = message(mail);
                    message.saveChanges();
                    if (transport == null || !transport.isConnected()) {
                        close(transport);
                        transport = session.getTransport("smtp");
                        transport.connect();
                    }
                    transport.sendMessage(message, message.getAllRecipients());
                } catch (MessagingException | RuntimeException e) {
                    failed.accept(
                            mail,
                            e instanceof RuntimeException runtime ? runtime : new MailNotSentException(mail.to(), e));
                    close(transport);
                    transport = null;
                }
            }
        } finally {
            close(transport);
        }
    }

    private static void close(@Nullable Transport transport) {
        if (transport != null) {
            try {
                transport.close();
            } catch (MessagingException e) {
                // the mails are sent or reported already; a connection that does not close cleanly is of no concern
            }
        }
    }

    private MimeMessage message(OutgoingMail mail) throws MessagingException {
        MimeMessage message = new MimeMessage(session);
        message.setFrom(from);
        message.setRecipient(Message.RecipientType.TO, new InternetAddress(mail.to(), true));
        message.setSubject(mail.subject(), StandardCharsets.UTF_8.name());
        if (mail.attachments().isEmpty()) {
            message.setText(mail.text(), StandardCharsets.UTF_8.name());
        } else {
            message.setContent(withAttachments(mail));
        }
        return message;
    }

    /**
     * A multipart/mixed body: the text first, as mail readers show it, then each file with its own content type (an
     * invitation keeps its {@code method=PUBLISH}) and a name already reduced to safe characters.
     */
    private static MimeMultipart withAttachments(OutgoingMail mail) throws MessagingException {
        MimeMultipart mixed = new MimeMultipart("mixed");
        MimeBodyPart text = new MimeBodyPart();
        text.setText(mail.text(), StandardCharsets.UTF_8.name());
        mixed.addBodyPart(text);
        for (MailAttachment attachment : mail.attachments()) {
            MimeBodyPart file = new MimeBodyPart();
            file.setDataHandler(
                    new DataHandler(new ByteArrayDataSource(attachment.content(), attachment.contentType())));
            file.setFileName(attachment.fileName());
            file.setDisposition(MimeBodyPart.ATTACHMENT);
            mixed.addBodyPart(file);
        }
        return mixed;
    }
}
