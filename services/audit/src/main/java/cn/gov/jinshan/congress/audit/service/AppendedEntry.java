package cn.gov.jinshan.congress.audit.service;

import cn.gov.jinshan.congress.audit.domain.EntryContent;
import com.fasterxml.jackson.databind.JsonNode;

/**
 * An entry as it was just appended (for the live stream).
 *
 * @param data the envelope's data, or null
 */
public record AppendedEntry(EntryContent content, String hash, JsonNode data) {}
