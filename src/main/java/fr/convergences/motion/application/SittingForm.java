package fr.convergences.motion.application;

import fr.convergences.motion.model.SittingMode;

import java.time.LocalDateTime;
import java.util.List;

/** A sitting as the admin convenes it: start in the territory's local time, convocation notice in days, agenda of motions. */
public record SittingForm(String title, SittingMode mode, String place, String onlineUrl, LocalDateTime startsAt, Integer noticeDays,
                          List<Long> motionIds) {
}
