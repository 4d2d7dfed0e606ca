package fr.convergences.motion.model;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.GeneratedValue;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;

/** A document attached to a motion, as a link (the platform stores no files). */
@MappedEntity("motion_attachment")
public record Attachment(@Id @GeneratedValue @Nullable Long id, Long motionId, int position, String label, String url) {

    public static final int LABEL_MAX_LENGTH = 200;
    public static final int URL_MAX_LENGTH = 500;
}
