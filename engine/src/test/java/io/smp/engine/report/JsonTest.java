package io.smp.engine.report;

import org.junit.jupiter.api.Test;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;

class JsonTest {
    @Test
    void writesNestedValuesInOrderWithEscapes() {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("name", "a \"quoted\"\npath\\x");
        m.put("n", 3);
        m.put("x", 0.25);
        m.put("whole", 80.0);
        m.put("none", Optional.empty());
        m.put("list", List.of(1, 2));
        m.put("nested", Map.of("k", true));
        assertEquals("""
                {
                  "name": "a \\"quoted\\"\\npath\\\\x",
                  "n": 3,
                  "x": 0.25,
                  "whole": 80.0,
                  "none": null,
                  "list": [1, 2],
                  "nested": {
                    "k": true
                  }
                }
                """, Json.write(m));
    }

    @Test
    void nonFiniteNumbersBecomeNull() {
        assertEquals("null\n", Json.write(Double.NaN));
    }
}
