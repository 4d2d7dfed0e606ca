package fr.convergences.motion.application;

import fr.convergences.base.TextInput;
import fr.convergences.base.UserFacingException;
import fr.convergences.motion.model.Attachment;
import fr.convergences.motion.model.DocumentLink;
import java.util.ArrayList;
import java.util.List;

/**
 * The one rule for documents given as links, a motion's attachments and an agenda point's documents alike: an empty
 * address is skipped, an address is http(s) and one word (a {@code javascript:} link would run in the reader's page),
 * a missing label is the address itself, and both keep {@link Attachment}'s limits.
 */
final class AttachmentLinks {

    private AttachmentLinks() {}

    static List<DocumentLink> valid(List<DocumentLink> links) {
        List<DocumentLink> valid = new ArrayList<>();
        for (DocumentLink link : links == null ? List.<DocumentLink>of() : links) {
            if (link == null) {
                continue;
            }
            String url = TextInput.optional(link.url(), Attachment.URL_MAX_LENGTH, "motion.attachment.url");
            if (url == null) {
                continue;
            }
            if (!url.matches("(?i)https?://\\S+")) {
                throw new UserFacingException("motion.attachment.url.invalid");
            }
            String label = TextInput.optional(link.label(), Attachment.LABEL_MAX_LENGTH, "motion.attachment.label");
            valid.add(new DocumentLink(label == null ? url : label, url));
        }
        return valid;
    }
}
