package cn.gov.jinshan.congress.audit.service;

import cn.gov.jinshan.congress.audit.domain.EntryContent;

/** A stored entry's hashed fields and its stored hash. */
public record ChainLink(EntryContent content, String hash) {}
