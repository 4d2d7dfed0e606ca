package fr.convergences.motion.model;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.GeneratedValue;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;

/** One of the options of an arbitration. */
@MappedEntity("motion_option")
public record MotionOption(@Id @GeneratedValue @Nullable Long id, Long motionId, int position, String label) {

    public static final int LABEL_MAX_LENGTH = 200;
}
