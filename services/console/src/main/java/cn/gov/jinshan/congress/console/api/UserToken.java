package cn.gov.jinshan.congress.console.api;

import io.quarkus.oidc.AccessTokenCredential;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.client.ClientRequestContext;
import jakarta.ws.rs.client.ClientRequestFilter;
import jakarta.ws.rs.core.HttpHeaders;

/**
 * Token propagation: every API call carries the logged-in user's own access token, so the gateway
 * and the services authorise the person, not the console. Anonymous pages call the public APIs
 * without one. (Written here because Quarkus' token propagation extension is not served by the
 * registries these machines reach.) The token lives in the session cookie only, never in a page.
 */
@ApplicationScoped
public class UserToken implements ClientRequestFilter {
  @Inject SecurityIdentity identity;

  @Override
  public void filter(ClientRequestContext request) {
    request.getHeaders().putSingle(HttpHeaders.ACCEPT_LANGUAGE, "zh-CN");
    if (identity.isAnonymous()) {
      return;
    }
    AccessTokenCredential token = identity.getCredential(AccessTokenCredential.class);
    if (token != null) {
      request.getHeaders().putSingle(HttpHeaders.AUTHORIZATION, "Bearer " + token.getToken());
    }
  }
}
