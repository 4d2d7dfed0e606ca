package fr.convergences.base.mail;

/** A plain-text e-mail, already written in the recipient's language. */
public record OutgoingMail(String to, String subject, String text) {
}
