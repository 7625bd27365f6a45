package cn.gov.jinshan.congress.supervision.service;

import cn.gov.jinshan.congress.supervision.domain.SupervisionTopic;

/**
 * What a step on a topic produced together with the topic itself, so that the answer can carry the
 * topic's ETag (read after the commit, when the version is the new one) and the next step needs no
 * second read.
 */
public record TopicStep<T>(SupervisionTopic topic, T result) {}
