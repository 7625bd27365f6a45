package cn.gov.jinshan.congress.audit.service;

/**
 * A Kafka record as the consumer received it.
 *
 * @param value the record value as text (UTF-8); null for a tombstone
 */
public record IncomingRecord(String topic, int partition, long offset, String key, String value) {}
