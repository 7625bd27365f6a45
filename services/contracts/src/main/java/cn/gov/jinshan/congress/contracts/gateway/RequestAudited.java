package cn.gov.jinshan.congress.contracts.gateway;

import cn.gov.jinshan.congress.contracts.DomainEvent;
import cn.gov.jinshan.congress.contracts.EventType;
import cn.gov.jinshan.congress.contracts.Topics;
import java.time.Instant;

/**
 * The gateway answered a request: who asked, which route, what came back and how fast. Never
 * carries bodies or query strings.
 *
 * @param requestId the X-Request-Id the gateway propagated (the aggregate id)
 * @param congressId the congress claim of the token, null for anonymous requests
 * @param subject the token subject, null for anonymous requests
 * @param clientAddress the address the connection came from
 * @param route the name of the gateway route, {@code unmatched} when no route matched
 * @param path the request path without the query string
 * @param latencyMillis from the request arriving to the response ending
 */
@EventType(value = "congress.gateway.RequestAudited.v1", topic = Topics.GATEWAY)
public record RequestAudited(
    String requestId,
    String congressId,
    String subject,
    String clientAddress,
    String method,
    String route,
    String path,
    int status,
    int latencyMillis,
    Instant receivedAt)
    implements DomainEvent {
  @Override
  public String aggregateId() {
    return requestId;
  }
}
