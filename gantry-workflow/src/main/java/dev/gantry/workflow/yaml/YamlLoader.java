package dev.gantry.workflow.yaml;

import dev.gantry.workflow.diag.Diagnostics;
import dev.gantry.workflow.diag.Position;
import dev.gantry.workflow.diag.Span;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.snakeyaml.engine.v2.api.LoadSettings;
import org.snakeyaml.engine.v2.api.lowlevel.Parse;
import org.snakeyaml.engine.v2.common.Anchor;
import org.snakeyaml.engine.v2.events.AliasEvent;
import org.snakeyaml.engine.v2.events.CollectionStartEvent;
import org.snakeyaml.engine.v2.events.Event;
import org.snakeyaml.engine.v2.events.NodeEvent;
import org.snakeyaml.engine.v2.events.ScalarEvent;
import org.snakeyaml.engine.v2.exceptions.Mark;
import org.snakeyaml.engine.v2.exceptions.MarkedYamlEngineException;
import org.snakeyaml.engine.v2.exceptions.YamlEngineException;

/**
 * Loads one YAML document into {@link YamlNode}s with positions, from snakeyaml-engine's event stream.
 * Never throws on bad input: syntax errors, unsupported or violated tags and exceeded {@link YamlLimits} become
 * diagnostics with rule {@value #RULE}, and the document's root is then empty (or, for tag problems, still
 * present). One loader per call; use the static {@link #load} methods.
 */
public final class YamlLoader {

    /** The rule name of every diagnostic this loader reports. */
    public static final String RULE = "syntax-check";

    private final String source;
    private final YamlLimits limits;
    private final Diagnostics diagnostics;
    private final int[] charIndexOfCodePoint;
    private final Map<String, YamlNode> anchored = new HashMap<>();
    private final Map<YamlNode, Long> anchoredSizes = new IdentityHashMap<>();
    private final List<YamlAnchor> anchors = new ArrayList<>();
    /** For each anchor name, the index in {@link #anchors} of its latest definition (the one an alias refers to). */
    private final Map<String, Integer> latestDefinition = new HashMap<>();
    private Iterator<Event> events;
    private long nodeCount;

    private YamlLoader(String source, YamlLimits limits, Diagnostics diagnostics) {
        this.source = source;
        this.limits = limits;
        this.diagnostics = diagnostics;
        this.charIndexOfCodePoint = codePointTable(source);
    }

    /** Loads with {@link YamlLimits#DEFAULT}. */
    public static YamlDocument load(String source, Diagnostics diagnostics) {
        return load(source, YamlLimits.DEFAULT, diagnostics);
    }

    /** Loads the first document of {@code source}; every problem goes to {@code diagnostics}. */
    public static YamlDocument load(String source, YamlLimits limits, Diagnostics diagnostics) {
        if (source.length() > limits.maxChars()) {
            diagnostics.error(RULE, Span.NONE, "The maximum file size of %d characters has been exceeded",
                    limits.maxChars());
            return YamlDocument.empty();
        }
        return new YamlLoader(source, limits, diagnostics).run();
    }

    private YamlDocument run() {
        LoadSettings settings = LoadSettings.builder()
                .setCodePointLimit(Math.max(limits.maxChars(), 1) + 16)
                .setUseMarks(true)
                .build();
        try {
            events = new Parse(settings).parseString(source).iterator();
            Optional<YamlNode> root = Optional.empty();
            while (events.hasNext()) {
                Event event = events.next();
                switch (event.getEventId()) {
                    case DocumentStart -> {
                        if (root.isPresent()) {
                            diagnostics.error(RULE, spanOf(event), "Only one YAML document is supported");
                            return new YamlDocument(root, anchors);
                        }
                        root = Optional.of(compose(events.next(), 1));
                    }
                    default -> { }
                }
            }
            return new YamlDocument(root, anchors);
        } catch (MarkedYamlEngineException e) {
            Span span = e.getProblemMark().or(e::getContextMark).map(m -> Span.at(position(m))).orElse(Span.NONE);
            diagnostics.error(RULE, span, "%s", syntaxMessage(e));
        } catch (LimitExceeded e) {
            diagnostics.error(RULE, e.span, "%s", e.getMessage());
        } catch (YamlEngineException e) {
            diagnostics.error(RULE, Span.NONE, "%s", firstLine(e.getMessage()));
        } catch (RuntimeException e) {
            diagnostics.error(RULE, Span.NONE, "The YAML could not be read: %s", firstLine(String.valueOf(e.getMessage())));
        }
        return YamlDocument.empty();
    }

    private YamlNode compose(Event event, int depth) {
        countNodes(1, event);
        YamlNode node = switch (event.getEventId()) {
            case Scalar -> scalar((ScalarEvent) event);
            case MappingStart -> mapping((CollectionStartEvent) event, depth);
            case SequenceStart -> sequence((CollectionStartEvent) event, depth);
            case Alias -> alias((AliasEvent) event);
            default -> throw new LimitExceeded("Unexpected YAML event " + event.getEventId(), spanOf(event));
        };
        return node;
    }

    private YamlNode.Scalar scalar(ScalarEvent event) {
        Span span = spanOf(event);
        Optional<String> tag = event.getTag().filter(t -> !t.equals("!"));
        if (event.getTag().isPresent() && event.getTag().get().equals("!")) {
            tag = Optional.of(CoreSchema.STR);
        }
        if (tag.isPresent()) {
            String t = tag.get();
            if (!CoreSchema.isSupportedScalarTag(t)) {
                diagnostics.error(RULE, span, "Unexpected tag '%s'", t);
                tag = Optional.of(CoreSchema.STR);
            } else if (!CoreSchema.isValidFor(t, event.getValue())) {
                diagnostics.error(RULE, span, "The value '%s' on line %d and column %d is invalid for the type '%s'",
                        event.getValue(), span.start().line(), span.start().column(), t);
                tag = Optional.of(CoreSchema.STR);
            }
        }
        YamlNode.Scalar scalar = new YamlNode.Scalar(event.getValue(), rawText(event), style(event), tag, span);
        remember(event, scalar, 1);
        return scalar;
    }

    private YamlNode mapping(CollectionStartEvent start, int depth) {
        checkDepth(start, depth);
        checkCollectionTag(start, CoreSchema.MAP);
        long before = nodeCount;
        List<YamlNode.Entry> entries = new ArrayList<>();
        Event next = events.next();
        while (next.getEventId() != Event.ID.MappingEnd) {
            YamlNode key = compose(next, depth + 1);
            YamlNode value = compose(events.next(), depth + 1);
            entries.add(new YamlNode.Entry(key, value));
            next = events.next();
        }
        YamlNode.Mapping mapping = new YamlNode.Mapping(entries, spanBetween(start, next));
        remember(start, mapping, nodeCount - before + 1);
        return mapping;
    }

    private YamlNode sequence(CollectionStartEvent start, int depth) {
        checkDepth(start, depth);
        checkCollectionTag(start, CoreSchema.SEQ);
        long before = nodeCount;
        List<YamlNode> items = new ArrayList<>();
        Event next = events.next();
        while (next.getEventId() != Event.ID.SequenceEnd) {
            items.add(compose(next, depth + 1));
            next = events.next();
        }
        YamlNode.Sequence sequence = new YamlNode.Sequence(items, spanBetween(start, next));
        remember(start, sequence, nodeCount - before + 1);
        return sequence;
    }

    private YamlNode alias(AliasEvent event) {
        String name = event.getAlias().getValue();
        YamlNode target = anchored.get(name);
        if (target == null) {
            diagnostics.error(RULE, spanOf(event), "Unknown alias '%s'", name);
            Span span = spanOf(event);
            return new YamlNode.Scalar("", "", ScalarStyle.PLAIN, Optional.empty(), span);
        }
        countNodes(anchoredSizes.getOrDefault(target, 1L), event);
        int definition = latestDefinition.get(name);
        anchors.set(definition, anchors.get(definition).asUsed());
        return target;
    }

    private void remember(NodeEvent event, YamlNode node, long size) {
        Optional<Anchor> anchor = event.getAnchor();
        if (anchor.isPresent()) {
            String name = anchor.get().getValue();
            anchored.put(name, node);
            anchoredSizes.put(node, size);
            latestDefinition.put(name, anchors.size());
            anchors.add(new YamlAnchor(name, node.span(), false));
        }
    }

    private void checkDepth(Event event, int depth) {
        if (depth > limits.maxDepth()) {
            throw new LimitExceeded("Maximum object depth exceeded", spanOf(event));
        }
    }

    private void checkCollectionTag(CollectionStartEvent event, String allowed) {
        event.getTag().filter(t -> !t.equals("!") && !t.equals(allowed))
                .ifPresent(t -> diagnostics.error(RULE, spanOf(event), "Unexpected tag '%s'", t));
    }

    private void countNodes(long n, Event event) {
        nodeCount += n;
        if (nodeCount > limits.maxNodes()) {
            throw new LimitExceeded("The document holds more than %d nodes once its aliases are expanded"
                    .formatted(limits.maxNodes()), spanOf(event));
        }
    }

    private static ScalarStyle style(ScalarEvent event) {
        return switch (event.getScalarStyle()) {
            case PLAIN -> ScalarStyle.PLAIN;
            case SINGLE_QUOTED -> ScalarStyle.SINGLE_QUOTED;
            case DOUBLE_QUOTED -> ScalarStyle.DOUBLE_QUOTED;
            case LITERAL -> ScalarStyle.LITERAL;
            case FOLDED -> ScalarStyle.FOLDED;
            default -> ScalarStyle.PLAIN;
        };
    }

    private String rawText(Event event) {
        if (event.getStartMark().isEmpty() || event.getEndMark().isEmpty()) {
            return "";
        }
        int from = charIndex(event.getStartMark().get().getIndex());
        int to = charIndex(event.getEndMark().get().getIndex());
        return from <= to ? source.substring(from, to) : "";
    }

    private int charIndex(int codePointIndex) {
        int i = charIndexOfCodePoint == null ? codePointIndex : charIndexOfCodePoint[
                Math.min(codePointIndex, charIndexOfCodePoint.length - 1)];
        return Math.max(0, Math.min(i, source.length()));
    }

    private static int[] codePointTable(String source) {
        int count = source.codePointCount(0, source.length());
        if (count == source.length()) {
            return null;
        }
        int[] table = new int[count + 1];
        int cp = 0;
        for (int i = 0; i < source.length(); i = source.offsetByCodePoints(i, 1)) {
            table[cp++] = i;
        }
        table[count] = source.length();
        return table;
    }

    private static Span spanOf(Event event) {
        return spanBetween(event, event);
    }

    private static Span spanBetween(Event first, Event last) {
        Position start = first.getStartMark().map(YamlLoader::position).orElse(Position.START);
        Position end = last.getEndMark().map(YamlLoader::position).orElse(start);
        return new Span(start, end.compareTo(start) < 0 ? start : end);
    }

    private static Position position(Mark mark) {
        return new Position(mark.getLine() + 1, mark.getColumn() + 1);
    }

    private static String syntaxMessage(MarkedYamlEngineException e) {
        String problem = e.getProblem() == null ? "invalid YAML" : e.getProblem();
        String context = e.getContext();
        String text = context == null || context.isBlank() ? problem : context + ", " + problem;
        return Character.toUpperCase(text.charAt(0)) + text.substring(1);
    }

    private static String firstLine(String message) {
        int nl = message.indexOf('\n');
        return nl < 0 ? message : message.substring(0, nl);
    }

    /** Thrown inside the loader only, to stop at the first exceeded limit. */
    private static final class LimitExceeded extends RuntimeException {
        private final transient Span span;

        LimitExceeded(String message, Span span) {
            super(message, null, false, false);
            this.span = span;
        }
    }
}
