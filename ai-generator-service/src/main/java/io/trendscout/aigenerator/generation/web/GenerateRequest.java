package io.trendscout.aigenerator.generation.web;

import java.util.UUID;

import jakarta.validation.Valid;

/** Body of {@code POST /api/generate/*}: a catalog product id or free input, and the language (de, en, fr). */
record GenerateRequest(UUID productId, @Valid FreeInput input, String language) {
}
