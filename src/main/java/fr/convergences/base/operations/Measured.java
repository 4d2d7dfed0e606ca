package fr.convergences.base.operations;

import io.micronaut.aop.Around;
import io.micronaut.context.annotation.Type;
import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Times a use case or a job into a Micrometer timer named {@link #value()}, tagged with its {@code outcome}
 * ({@code done}, {@code refused} for a {@link fr.convergences.base.UserFacingException}, {@code failed}) and with
 * {@link #tags()} given as key, value pairs. An annotation rather than a meter in each service's constructor: a
 * feature's code stays about its domain, and one line says what is measured.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.METHOD})
@Around
@Type(MeasuredInterceptor.class)
public @interface Measured {

    /** The timer's name, dotted (Prometheus shows {@code convergences.search} as {@code convergences_search_seconds}). */
    String value();

    /** Extra tags, as key, value, key, value. */
    String[] tags() default {};
}
