package fr.convergences.identity;

import io.micronaut.aop.Around;
import io.micronaut.context.annotation.Type;
import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Rate-limits a use case: each call is counted for its {@link Actor} argument (the account, or the client address of a
 * visitor), and refused past the limit with a localised message before the method runs. One line on the method, so
 * that the features keep their constructors and their code about their domain. Calls are counted as attempts, refused
 * or not by the use case itself: a flood of invalid submissions is a flood too.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.METHOD)
@Around
@Type(RateLimitInterceptor.class)
public @interface RateLimit {

    RateLimited value();
}
