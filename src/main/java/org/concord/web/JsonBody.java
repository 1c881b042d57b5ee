package org.concord.web;

import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.cfg.CoercionAction;
import com.fasterxml.jackson.databind.cfg.CoercionInputShape;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.type.LogicalType;
import java.io.IOException;

/** Request bodies read strictly: one JSON object, known fields only, each of its own type (no "5" for 5 or 5 for "5"). */
final class JsonBody {

    private static final ObjectMapper STRICT = JsonMapper.builder()
        .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, DeserializationFeature.FAIL_ON_TRAILING_TOKENS,
            DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
        .enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION)
        .build();

    static {
        for (CoercionInputShape shape : new CoercionInputShape[] {CoercionInputShape.Integer, CoercionInputShape.Float,
                CoercionInputShape.Boolean}) {
            STRICT.coercionConfigFor(LogicalType.Textual).setCoercion(shape, CoercionAction.Fail);
        }
        STRICT.coercionConfigFor(LogicalType.Integer).setCoercion(CoercionInputShape.String, CoercionAction.Fail);
        STRICT.coercionConfigFor(LogicalType.Integer).setCoercion(CoercionInputShape.Float, CoercionAction.Fail);
    }

    private JsonBody() {}

    static <T> T read(byte[] body, Class<T> type) {
        if (body.length == 0) throw new FieldError(400, "body", "empty: a JSON object is expected");
        T value;
        try {
            value = STRICT.readValue(body, type);
        } catch (UnrecognizedPropertyException e) {
            throw new FieldError(400, e.getPropertyName(), "unknown field");
        } catch (JsonParseException e) {
            throw new FieldError(400, "body", "malformed JSON at line " + e.getLocation().getLineNr() + ", column "
                + e.getLocation().getColumnNr());
        } catch (JsonMappingException e) {
            String field = e.getPath().isEmpty() ? "body" : e.getPath().get(e.getPath().size() - 1).getFieldName();
            if (field == null) field = "body";
            throw new FieldError(400, field, field.equals("body") ? "a JSON object is expected" : "wrong type");
        } catch (IOException e) {
            throw new FieldError(400, "body", "unreadable: " + e.getMessage());
        }
        if (value == null) throw new FieldError(400, "body", "a JSON object is expected, not null");
        return value;
    }
}
