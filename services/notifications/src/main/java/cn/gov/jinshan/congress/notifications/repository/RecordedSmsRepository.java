package cn.gov.jinshan.congress.notifications.repository;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.time.Instant;
import java.util.UUID;

/** The text messages the recording adapter was asked to send. */
@ApplicationScoped
public class RecordedSmsRepository {
  private final EntityManager entityManager;

  public RecordedSmsRepository(EntityManager entityManager) {
    this.entityManager = entityManager;
  }

  /** Records once per outgoing message: a resend after a crash finds its record. */
  public void record(
      String congressId, UUID outgoingMessageId, String phone, String text, Instant at) {
    entityManager
        .createNativeQuery(
            "INSERT INTO recorded_sms (id, congress_id, outgoing_message_id, phone, text,"
                + " recorded_at) VALUES (?1, ?2, ?3, ?4, ?5, ?6)"
                + " ON CONFLICT (outgoing_message_id) DO NOTHING")
        .setParameter(1, UUID.randomUUID())
        .setParameter(2, congressId)
        .setParameter(3, outgoingMessageId)
        .setParameter(4, phone)
        .setParameter(5, text)
        .setParameter(6, at)
        .executeUpdate();
  }
}
