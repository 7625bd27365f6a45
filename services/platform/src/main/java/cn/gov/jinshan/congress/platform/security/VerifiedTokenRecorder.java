package cn.gov.jinshan.congress.platform.security;

import io.quarkus.security.identity.AuthenticationRequestContext;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.security.identity.SecurityIdentityAugmentor;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * Hands every authenticated identity to {@link VerifiedTokens}, which keeps those built from a
 * bearer token. Augmentors run only after an identity provider has accepted the request, so only
 * verified tokens get there.
 */
@ApplicationScoped
public class VerifiedTokenRecorder implements SecurityIdentityAugmentor {
  private final VerifiedTokens tokens;

  public VerifiedTokenRecorder(VerifiedTokens tokens) {
    this.tokens = tokens;
  }

  @Override
  public Uni<SecurityIdentity> augment(
      SecurityIdentity identity, AuthenticationRequestContext context) {
    tokens.remember(identity);
    return Uni.createFrom().item(identity);
  }
}
