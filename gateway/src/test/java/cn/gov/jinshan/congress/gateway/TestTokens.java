package cn.gov.jinshan.congress.gateway;

import java.util.List;
import org.eclipse.microprofile.config.ConfigProvider;
import org.jose4j.jwa.AlgorithmConstraints;
import org.jose4j.jwk.PublicJsonWebKey;
import org.jose4j.jwk.RsaJwkGenerator;
import org.jose4j.jws.AlgorithmIdentifiers;
import org.jose4j.jws.JsonWebSignature;
import org.jose4j.jwt.JwtClaims;
import org.jose4j.keys.HmacKey;

/** Tokens signed with the key whose JWKS {@link UpstreamStubs} serves, and broken variants. */
final class TestTokens {
  static final String AUDIENCE = "congress-api";

  private TestTokens() {}

  static String valid(String subject) {
    return sign(claims(subject, UpstreamStubs.ISSUER, AUDIENCE, 10), key());
  }

  static String expired(String subject) {
    return sign(claims(subject, UpstreamStubs.ISSUER, AUDIENCE, -10), key());
  }

  static String wrongIssuer(String subject) {
    return sign(claims(subject, "https://evil.example/realms/congress", AUDIENCE, 10), key());
  }

  static String wrongAudience(String subject) {
    return sign(claims(subject, UpstreamStubs.ISSUER, "another-api", 10), key());
  }

  /** Signed by another RSA key that claims the realm's key id. */
  static String badSignature(String subject) {
    try {
      PublicJsonWebKey forged = RsaJwkGenerator.generateJwk(2048);
      forged.setKeyId(UpstreamStubs.KEY_ID);
      return sign(claims(subject, UpstreamStubs.ISSUER, AUDIENCE, 10), forged);
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }

  /** Unsigned ({@code alg: none}). */
  static String algNone(String subject) {
    try {
      JsonWebSignature jws = new JsonWebSignature();
      jws.setPayload(claims(subject, UpstreamStubs.ISSUER, AUDIENCE, 10).toJson());
      jws.setAlgorithmHeaderValue(AlgorithmIdentifiers.NONE);
      jws.setAlgorithmConstraints(AlgorithmConstraints.NO_CONSTRAINTS);
      return jws.getCompactSerialization();
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }

  /** HMAC-signed with a secret anyone could guess (here: the public modulus of the realm key). */
  static String hs256(String subject) {
    try {
      JsonWebSignature jws = new JsonWebSignature();
      jws.setPayload(claims(subject, UpstreamStubs.ISSUER, AUDIENCE, 10).toJson());
      jws.setAlgorithmHeaderValue(AlgorithmIdentifiers.HMAC_SHA256);
      jws.setKeyIdHeaderValue(UpstreamStubs.KEY_ID);
      jws.setKey(new HmacKey(key().getPublicKey().getEncoded()));
      return jws.getCompactSerialization();
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }

  private static JwtClaims claims(
      String subject, String issuer, String audience, int minutesToExpiry) {
    JwtClaims claims = new JwtClaims();
    claims.setIssuer(issuer);
    claims.setAudience(audience);
    claims.setSubject(subject);
    claims.setIssuedAtToNow();
    claims.setExpirationTimeMinutesInTheFuture(minutesToExpiry);
    claims.setClaim("congress_id", "JS-DISTRICT");
    claims.setClaim("realm_access", java.util.Map.of("roles", List.of("staff")));
    return claims;
  }

  private static PublicJsonWebKey key() {
    try {
      return PublicJsonWebKey.Factory.newPublicJwk(
          ConfigProvider.getConfig().getValue("test.signing-jwk", String.class));
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }

  private static String sign(JwtClaims claims, PublicJsonWebKey key) {
    try {
      JsonWebSignature jws = new JsonWebSignature();
      jws.setPayload(claims.toJson());
      jws.setAlgorithmHeaderValue(AlgorithmIdentifiers.RSA_USING_SHA256);
      jws.setKeyIdHeaderValue(key.getKeyId());
      jws.setKey(key.getPrivateKey());
      return jws.getCompactSerialization();
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }
}
