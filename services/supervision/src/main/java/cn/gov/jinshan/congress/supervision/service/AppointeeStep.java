package cn.gov.jinshan.congress.supervision.service;

import cn.gov.jinshan.congress.supervision.domain.Appointee;

/**
 * What a step of a performance review produced together with the appointee, so that the answer
 * carries the appointee's ETag (read after the commit) and the next step needs no second read.
 */
public record AppointeeStep<T>(Appointee appointee, T result) {}
