package cn.gov.jinshan.congress.voting.query;

import cn.gov.jinshan.congress.voting.domain.Choice;
import java.util.Map;
import java.util.UUID;

/** One ballot as shown on the public board. */
public record BoardEntry(String receiptHash, Map<UUID, Choice> marks) {}
