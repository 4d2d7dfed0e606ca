package fr.convergences.base.mail;

import java.util.List;

/** An e-mail, already written in the recipient's language: plain text, and files attached to it (an .ics invitation). */
public record OutgoingMail(String to, String subject, String text, List<MailAttachment> attachments) {

    public OutgoingMail {
        attachments = List.copyOf(attachments);
    }

    public OutgoingMail(String to, String subject, String text) {
        this(to, subject, text, List.of());
    }
}
