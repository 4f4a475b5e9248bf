package dev.gantry.workflow.expr;

import dev.gantry.workflow.expr.ExpressionException.Phase;
import dev.gantry.workflow.expr.Token.Kind;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * Parses the text of one expression (without {@code ${{ }}}) into an {@link Expr}. Stateless, thread-safe.
 *
 * <p>Recursive descent, one method per precedence level, lowest first: {@code ||}, {@code &&},
 * {@code == !=}, {@code < <= > >=}, {@code !}, then postfix {@code .name .* [index] [*]} on named values,
 * calls and groups. Chains of {@code &&} and of {@code ||} become one flat {@link Expr.Logical}, as upstream.
 * Problems are reported in source order with GitHub's wording; the tree-depth limit is checked last, as upstream.
 */
public final class ExpressionParser {

    /** The deepest tree GitHub accepts: a leaf at depth 51 is an error. */
    public static final int MAX_DEPTH = 50;

    /** The longest expression text GitHub accepts, in UTF-16 units. */
    public static final int MAX_LENGTH = 21_000;

    /**
     * Guards the parser's own recursion (groups, calls, indexes, {@code !}). GitHub does not count groups towards
     * {@link #MAX_DEPTH}, so this is larger; past it the depth error is reported at once.
     */
    static final int MAX_NESTING = 200;

    private final String text;
    private final Lexer lexer;
    private final Set<String> namedValues;
    private final Set<String> extraFunctions;
    private final boolean anyName;
    private Token peeked;
    private Token last;
    private int nesting;

    private ExpressionParser(String text, Set<String> namedValues, Set<String> extraFunctions, boolean anyName) {
        this.text = text;
        this.lexer = new Lexer(text);
        this.namedValues = namedValues;
        this.extraFunctions = extraFunctions;
        this.anyName = anyName;
    }

    /**
     * Parses with any named value accepted and every known function (built-ins, status functions,
     * {@code hashFiles}) accepted. Used where the caller checks context availability itself.
     */
    public static Expr parse(String text) throws ExpressionException {
        Set<String> all = new TreeSet<>(String.CASE_INSENSITIVE_ORDER);
        Functions.ALL.forEach(f -> all.add(f.name()));
        return new ExpressionParser(text, Set.of(), all, true).parseAll();
    }

    /**
     * Parses as GitHub does for one field: only the given named values (case-insensitive) may appear, and only
     * the built-in functions plus {@code extraFunctions} (e.g. {@code success}, {@code hashFiles}) may be called;
     * anything else is a parse error ({@code Unrecognized named-value: 'env'}).
     */
    public static Expr parse(String text, Set<String> namedValues, Set<String> extraFunctions)
            throws ExpressionException {
        Set<String> names = new TreeSet<>(String.CASE_INSENSITIVE_ORDER);
        names.addAll(namedValues);
        Set<String> extras = new TreeSet<>(String.CASE_INSENSITIVE_ORDER);
        extras.addAll(extraFunctions);
        return new ExpressionParser(text, names, extras, false).parseAll();
    }

    private Expr parseAll() throws ExpressionException {
        if (text.length() > MAX_LENGTH) {
            throw ExpressionException.within(Phase.PARSING, "Exceeded max expression length " + MAX_LENGTH,
                    text.substring(0, 100) + "...");
        }
        if (peek() == null) {
            return new Expr.Literal(Value.NULL, 0);
        }
        Expr result = or();
        Token extra = peek();
        if (extra != null) {
            throw unexpected(extra);
        }
        if (deeperThanMax(result, 1)) {
            throw depthError();
        }
        return result;
    }

    private Expr or() throws ExpressionException {
        return logical(Kind.OR, Expr.LogicalOp.OR);
    }

    private Expr and() throws ExpressionException {
        return logical(Kind.AND, Expr.LogicalOp.AND);
    }

    private Expr logical(Kind kind, Expr.LogicalOp op) throws ExpressionException {
        Expr first = op == Expr.LogicalOp.OR ? and() : equality();
        if (!at(kind)) {
            return first;
        }
        List<Expr> operands = new ArrayList<>();
        addFlattened(operands, first, op);
        while (accept(kind)) {
            addFlattened(operands, op == Expr.LogicalOp.OR ? and() : equality(), op);
        }
        return new Expr.Logical(op, operands, first.offset());
    }

    /** {@code a && (b && c)} is one {@code &&} of three operands, as upstream builds it. */
    private static void addFlattened(List<Expr> operands, Expr operand, Expr.LogicalOp op) {
        if (operand instanceof Expr.Logical nested && nested.op() == op) {
            operands.addAll(nested.operands());
        } else {
            operands.add(operand);
        }
    }

    private Expr equality() throws ExpressionException {
        Expr left = comparison();
        while (at(Kind.EQ) || at(Kind.NE)) {
            Expr.CompareOp op = take().kind() == Kind.EQ ? Expr.CompareOp.EQ : Expr.CompareOp.NE;
            left = new Expr.Compare(op, left, comparison(), left.offset());
        }
        return left;
    }

    private Expr comparison() throws ExpressionException {
        Expr left = unary();
        while (true) {
            Expr.CompareOp op = comparisonOp(peek());
            if (op == null) {
                return left;
            }
            take();
            left = new Expr.Compare(op, left, unary(), left.offset());
        }
    }

    private static Expr.CompareOp comparisonOp(Token token) {
        if (token == null) {
            return null;
        }
        return switch (token.kind()) {
            case LT -> Expr.CompareOp.LT;
            case LE -> Expr.CompareOp.LE;
            case GT -> Expr.CompareOp.GT;
            case GE -> Expr.CompareOp.GE;
            default -> null;
        };
    }

    private Expr unary() throws ExpressionException {
        if (at(Kind.NOT)) {
            Token not = take();
            enter();
            Expr operand = unary();
            nesting--;
            return new Expr.Not(operand, not.offset());
        }
        return primary();
    }

    private Expr primary() throws ExpressionException {
        Token token = take();
        return switch (token.kind()) {
            case LITERAL -> new Expr.Literal(token.value(), token.offset());
            case NAMED_VALUE -> postfix(namedValue(token));
            case FUNCTION -> postfix(call(token));
            case LPAREN -> {
                enter();
                Expr inner = or();
                expect(Kind.RPAREN);
                nesting--;
                yield postfix(inner);
            }
            default -> throw unexpected(token);
        };
    }

    private Expr namedValue(Token token) throws ExpressionException {
        if (!anyName && !namedValues.contains(token.raw())) {
            throw error("Unrecognized named-value", token);
        }
        return new Expr.NamedValue(token.raw(), token.offset());
    }

    private Expr call(Token name) throws ExpressionException {
        FunctionSpec spec = Functions.find(name.raw());
        if (spec == null || !(spec.builtIn() || extraFunctions.contains(spec.name()))) {
            throw error("Unrecognized function", name);
        }
        expect(Kind.LPAREN);
        enter();
        List<Expr> args = new ArrayList<>();
        if (!accept(Kind.RPAREN)) {
            do {
                args.add(or());
            } while (accept(Kind.COMMA));
            expect(Kind.RPAREN);
        }
        nesting--;
        if (args.size() < spec.minArgs()) {
            throw error("Too few parameters supplied", name);
        }
        if (args.size() > spec.maxArgs()) {
            throw error("Too many parameters supplied", name);
        }
        if (spec.name().equals("case") && args.size() % 2 == 0) {
            throw error("Even number of parameters supplied, requires an odd number of parameters", name);
        }
        return new Expr.Call(name.raw(), args, name.offset());
    }

    /** {@code .name}, {@code .*}, {@code [index]} and {@code [*]} after a named value, a call or a group. */
    private Expr postfix(Expr target) throws ExpressionException {
        Expr result = target;
        while (true) {
            if (accept(Kind.DOT)) {
                Token name = take();
                if (name.kind() == Kind.PROPERTY_NAME) {
                    result = new Expr.Property(result, name.raw(), result.offset());
                } else if (name.kind() == Kind.STAR) {
                    result = new Expr.Star(result, result.offset());
                } else {
                    throw unexpected(name);
                }
            } else if (accept(Kind.LBRACKET)) {
                if (accept(Kind.STAR)) {
                    result = new Expr.Star(result, result.offset());
                } else {
                    enter();
                    result = new Expr.Index(result, or(), result.offset());
                    nesting--;
                }
                expect(Kind.RBRACKET);
            } else {
                return result;
            }
        }
    }

    private void enter() throws ExpressionException {
        if (++nesting > MAX_NESTING) {
            throw depthError();
        }
    }

    /** True when some node lies deeper than {@link #MAX_DEPTH}; looks no deeper than that, whatever the tree. */
    private static boolean deeperThanMax(Expr e, int depth) {
        if (depth > MAX_DEPTH) {
            return true;
        }
        return switch (e) {
            case Expr.Literal l -> false;
            case Expr.NamedValue n -> false;
            case Expr.Property p -> deeperThanMax(p.target(), depth + 1);
            case Expr.Star s -> deeperThanMax(s.target(), depth + 1);
            case Expr.Index i -> deeperThanMax(i.target(), depth + 1) || deeperThanMax(i.index(), depth + 1);
            case Expr.Not n -> deeperThanMax(n.operand(), depth + 1);
            case Expr.Compare c -> deeperThanMax(c.left(), depth + 1) || deeperThanMax(c.right(), depth + 1);
            case Expr.Logical l -> anyDeeper(l.operands(), depth + 1);
            case Expr.Call c -> anyDeeper(c.args(), depth + 1);
        };
    }

    private static boolean anyDeeper(List<Expr> exprs, int depth) {
        for (Expr e : exprs) {
            if (deeperThanMax(e, depth)) {
                return true;
            }
        }
        return false;
    }

    private Token peek() throws ExpressionException {
        if (peeked == null) {
            peeked = lexer.next();
            if (peeked != null && peeked.kind() == Kind.UNEXPECTED) {
                throw ExpressionException.at(Phase.LEXING, "Unexpected symbol: '" + peeked.raw() + "'",
                        peeked.offset(), text);
            }
        }
        return peeked;
    }

    private boolean at(Kind kind) throws ExpressionException {
        Token next = peek();
        return next != null && next.kind() == kind;
    }

    private boolean accept(Kind kind) throws ExpressionException {
        if (at(kind)) {
            take();
            return true;
        }
        return false;
    }

    /** Consumes the next token; the end of the text here is "Unexpected end of expression". */
    private Token take() throws ExpressionException {
        Token next = peek();
        if (next == null) {
            throw error("Unexpected end of expression", last);
        }
        peeked = null;
        last = next;
        return next;
    }

    private void expect(Kind kind) throws ExpressionException {
        Token next = take();
        if (next.kind() != kind) {
            throw unexpected(next);
        }
    }

    private ExpressionException unexpected(Token token) {
        return error("Unexpected symbol", token);
    }

    private ExpressionException error(String what, Token token) {
        return ExpressionException.at(Phase.PARSING, what + ": '" + token.raw() + "'", token.offset(), text);
    }

    private ExpressionException depthError() {
        return ExpressionException.within(Phase.PARSING, "Exceeded max expression depth " + MAX_DEPTH, text);
    }
}
