package cn.gov.jinshan.congress.platform.security;

import io.quarkus.security.identity.AuthenticationRequestContext;
import io.quarkus.security.identity.IdentityProvider;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.security.identity.request.TokenAuthenticationRequest;
import io.quarkus.vertx.http.runtime.security.HttpSecurityUtils;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * Asked before quarkus-oidc's identity provider: answers a bearer token from {@link VerifiedTokens}
 * when it was verified before and has not expired, and otherwise answers nothing, so that
 * quarkus-oidc verifies it in full.
 */
@ApplicationScoped
public class VerifiedTokenIdentityProvider implements IdentityProvider<TokenAuthenticationRequest> {
  private final VerifiedTokens tokens;

  public VerifiedTokenIdentityProvider(VerifiedTokens tokens) {
    this.tokens = tokens;
  }

  @Override
  public Class<TokenAuthenticationRequest> getRequestType() {
    return TokenAuthenticationRequest.class;
  }

  /** One above quarkus-oidc's provider, which keeps the default: asked first. */
  @Override
  public int priority() {
    return IdentityProvider.super.priority() + 1;
  }

  @Override
  public Uni<SecurityIdentity> authenticate(
      TokenAuthenticationRequest request, AuthenticationRequestContext context) {
    return Uni.createFrom()
        .item(
            tokens.identityFor(
                request.getToken().getToken(),
                HttpSecurityUtils.getRoutingContextAttribute(request),
                System.currentTimeMillis() / 1000));
  }
}
