package dev.gantry.workflow.yaml;

import dev.gantry.workflow.diag.Span;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * One node of a loaded YAML document. Aliases are resolved to the node they name (the same instance), so the
 * tree is a DAG when the source uses aliases; the loader bounds its expanded size.
 */
public sealed interface YamlNode {

    /** Where the node is written: from its first character to just after its last. */
    Span span();

    /** A short word for messages: {@code a string}, {@code a mapping}, {@code a sequence}. */
    String kind();

    /**
     * A scalar.
     *
     * @param value the scalar's content after YAML unescaping and folding
     * @param raw   the source text of the scalar as written, including quotes or block indicators
     * @param tag   the explicit tag in its long form ({@code tag:yaml.org,2002:str}), or empty when untagged
     */
    record Scalar(String value, String raw, ScalarStyle style, Optional<String> tag, Span span) implements YamlNode {

        public Scalar {
            Objects.requireNonNull(value, "value");
            Objects.requireNonNull(raw, "raw");
            Objects.requireNonNull(style, "style");
            Objects.requireNonNull(tag, "tag");
            Objects.requireNonNull(span, "span");
        }

        /** The core schema type: explicit tag first, then the plain-scalar forms; quoted and block scalars are strings. */
        public ScalarType type() {
            return CoreSchema.typeOf(this);
        }

        public boolean isNull() {
            return type() == ScalarType.NULL;
        }

        /** True only for a boolean scalar whose value is true. */
        public boolean isTrue() {
            return type() == ScalarType.BOOL && CoreSchema.parseBool(value);
        }

        /**
         * The numeric value of an {@link ScalarType#INT} or {@link ScalarType#FLOAT} scalar (hex and octal
         * included, out-of-range integers become ±infinity), or empty for any other type.
         */
        public Optional<Double> number() {
            return CoreSchema.number(this);
        }

        @Override
        public String kind() {
            return switch (type()) {
                case NULL -> "null";
                case BOOL -> "a boolean";
                case INT, FLOAT -> "a number";
                case STRING -> "a string";
            };
        }
    }

    /** A key and its value in a mapping; keys are usually scalars but YAML allows any node. */
    record Entry(YamlNode key, YamlNode value) {
        public Entry {
            Objects.requireNonNull(key, "key");
            Objects.requireNonNull(value, "value");
        }

        /** The key's text when it is a scalar, else empty. */
        public Optional<String> keyText() {
            return key instanceof Scalar s ? Optional.of(s.value()) : Optional.empty();
        }
    }

    /** A mapping, with its entries in source order; duplicate keys are kept for the reader to report. */
    record Mapping(List<Entry> entries, Span span) implements YamlNode {
        public Mapping {
            entries = List.copyOf(entries);
            Objects.requireNonNull(span, "span");
        }

        /** The value of the first entry whose scalar key equals {@code key} exactly. */
        public Optional<YamlNode> get(String key) {
            for (Entry e : entries) {
                if (e.key() instanceof Scalar s && s.value().equals(key)) {
                    return Optional.of(e.value());
                }
            }
            return Optional.empty();
        }

        /** The keys that are scalars, in order. */
        public List<String> keys() {
            List<String> keys = new ArrayList<>(entries.size());
            for (Entry e : entries) {
                e.keyText().ifPresent(keys::add);
            }
            return keys;
        }

        @Override
        public String kind() {
            return "a mapping";
        }
    }

    /** A sequence, in source order. */
    record Sequence(List<YamlNode> items, Span span) implements YamlNode {
        public Sequence {
            items = List.copyOf(items);
            Objects.requireNonNull(span, "span");
        }

        @Override
        public String kind() {
            return "a sequence";
        }
    }
}
