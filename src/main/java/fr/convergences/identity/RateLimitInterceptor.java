package fr.convergences.identity;

import io.micronaut.aop.InterceptorBean;
import io.micronaut.aop.MethodInterceptor;
import io.micronaut.aop.MethodInvocationContext;
import jakarta.inject.Singleton;
import java.util.Arrays;
import org.jspecify.annotations.Nullable;

/** Applies {@link RateLimit}: the first {@link Actor} argument is the subject; without one, the client address. */
@Singleton
@InterceptorBean(RateLimit.class)
public class RateLimitInterceptor implements MethodInterceptor<Object, Object> {

    private final RateLimits limits;

    public RateLimitInterceptor(RateLimits limits) {
        this.limits = limits;
    }

    @Override
    public @Nullable Object intercept(MethodInvocationContext<Object, Object> context) {
        RateLimited kind = context.enumValue(RateLimit.class, RateLimited.class).orElseThrow();
        Arrays.stream(context.getParameterValues())
                .filter(Actor.class::isInstance)
                .map(Actor.class::cast)
                .findFirst()
                .ifPresentOrElse(actor -> limits.require(kind, actor), () -> limits.requireFromClient(kind));
        return context.proceed();
    }
}
