package org.reliefledger.web.api;

import java.util.List;

/** One page of a list: {@code {"items": [...], "total": N}}. */
public record Page<T>(List<T> items, long total) {}
