package cn.gov.jinshan.congress.platform.inbox;

import jakarta.annotation.Priority;
import jakarta.interceptor.AroundInvoke;
import jakarta.interceptor.Interceptor;
import jakarta.interceptor.InvocationContext;

/**
 * Runs a {@link WaitsOutDatabaseOutage} method through {@link WhileUnavailable#call}. Its priority
 * puts it outside every other interceptor (transactions among them), so each attempt is a new
 * transaction.
 */
@WaitsOutDatabaseOutage
@Interceptor
@Priority(Interceptor.Priority.PLATFORM_BEFORE)
public class WaitsOutDatabaseOutageInterceptor {
  @AroundInvoke
  Object waitOut(InvocationContext context) throws Exception {
    return WhileUnavailable.call(context::proceed);
  }
}
