package cn.gov.jinshan.congress.platform.inbox;

import jakarta.interceptor.InterceptorBinding;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a consumer's {@code @Incoming} method: while it fails because the database is unreachable
 * ({@link cn.gov.jinshan.congress.platform.problem.DependencyFailures#unavailable}), it runs again
 * with a growing pause for up to {@link WhileUnavailable#BUDGET}, instead of its message going to
 * the DLQ; any other failure is thrown at once. Every {@code @Incoming} method carries it (checked
 * by each service's ArchitectureTest), so no consumer can forget it.
 *
 * <p>The method must throw, not return a failed stage, for a failure to be retried, and it must not
 * be {@code @Transactional} itself: each attempt has to run the handler's transaction anew.
 */
@InterceptorBinding
@Target({ElementType.METHOD, ElementType.TYPE})
@Retention(RetentionPolicy.RUNTIME)
public @interface WaitsOutDatabaseOutage {}
