package org.w3id.unld.serve.guard;

import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.query.ARQ;
import org.apache.jena.query.QueryDeniedException;
import org.apache.jena.sparql.algebra.Op;
import org.apache.jena.sparql.algebra.Transformer;
import org.apache.jena.sparql.algebra.TransformCopy;
import org.apache.jena.sparql.algebra.op.OpGroup;
import org.apache.jena.sparql.algebra.optimize.Optimize;
import org.apache.jena.sparql.algebra.optimize.RewriteFactory;
import org.apache.jena.sparql.ARQConstants;
import org.apache.jena.sparql.engine.binding.Binding;
import org.apache.jena.sparql.expr.E_Regex;
import org.apache.jena.sparql.expr.E_StrReplace;
import org.apache.jena.sparql.expr.Expr;
import org.apache.jena.sparql.expr.ExprAggregator;
import org.apache.jena.sparql.expr.ExprEvalException;
import org.apache.jena.sparql.expr.ExprFunctionN;
import org.apache.jena.sparql.expr.ExprList;
import org.apache.jena.sparql.expr.ExprTransformCopy;
import org.apache.jena.sparql.expr.ExprTransformer;
import org.apache.jena.sparql.expr.NodeValue;
import org.apache.jena.sparql.expr.RegexEngine;
import org.apache.jena.sparql.expr.aggregate.AccumulatorExpr;
import org.apache.jena.sparql.expr.aggregate.Accumulator;
import org.apache.jena.sparql.expr.aggregate.AggGroupConcat;
import org.apache.jena.sparql.expr.aggregate.AggGroupConcatDistinct;
import org.apache.jena.sparql.expr.aggregate.Aggregator;
import org.apache.jena.sparql.expr.nodevalue.NodeValueOps;
import org.apache.jena.sparql.function.FunctionEnv;
import org.apache.jena.sparql.sse.Tags;
import org.apache.jena.sparql.util.Context;
import org.apache.jena.sparql.util.Symbol;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The SPARQL functions that one row can make run or grow without bound, replaced in every query plan by versions
 * that stop: {@code REGEX} and {@code REPLACE} read their string through {@link CancellableText}, so the query's
 * timeout ends a backtracking pattern; {@code REPLACE} and {@code GROUP_CONCAT} refuse to build strings beyond a
 * budget per query, so a concatenation of every text over a cartesian product is cut with a clear error instead
 * of filling the heap. Installed as the query optimizer's last step ({@link #install}), so the standard
 * optimizations run first and see the usual expressions.
 */
public final class GuardedFunctions {
    /** The characters one query's string functions may build in all, unless installed with another budget. */
    public static final long DEFAULT_STRING_BUDGET = 16L * 1024 * 1024;
    private static final Symbol BUILT = Symbol.create("urn:unld:guard:stringCharactersBuilt");

    private GuardedFunctions() {
    }

    /** Makes every query run with {@code context} use the guarded functions, with {@code budget} characters of strings. */
    public static void install(Context context, long budget) {
        RewriteFactory standard = Optimize.stdOptimizationFactory;
        // Constant folding would run a REGEX over constants while the query is planned, before its timeout starts.
        context.set(ARQ.optExprConstantFolding, false);
        context.set(ARQConstants.sysOptimizerFactory, (RewriteFactory) cxt -> op -> guard(standard.create(cxt).rewrite(op), budget));
    }

    static Op guard(Op op, long budget) {
        ExprTransformCopy functions = new ExprTransformCopy() {
            @Override
            public Expr transform(ExprFunctionN func, ExprList args) {
                if (func instanceof E_Regex) {
                    return new Regex(args);
                }
                if (func instanceof E_StrReplace) {
                    return new Replace(args, budget);
                }
                return super.transform(func, args);
            }
        };
        TransformCopy aggregates = new TransformCopy() {
            @Override
            public Op transform(OpGroup group, Op sub) {
                List<ExprAggregator> capped = new ArrayList<>();
                for (ExprAggregator ea : group.getAggregators()) {
                    Aggregator a = ea.getAggregator();
                    if (a.getExprList() != null) {
                        ExprList exprs = new ExprList();
                        a.getExprList().forEach(e -> exprs.add(ExprTransformer.transform(functions, e)));
                        a = a.copy(exprs);
                    }
                    if (a instanceof AggGroupConcat g) {
                        a = new CappedConcat(g.getExprList().get(0), g.getSeparator(), false, budget);
                    } else if (a instanceof AggGroupConcatDistinct g) {
                        a = new CappedConcat(g.getExprList().get(0), g.getSeparator(), true, budget);
                    }
                    capped.add(new ExprAggregator(ea.getVar(), a));
                }
                return OpGroup.create(sub, group.getGroupVars(), capped);
            }
        };
        return Transformer.transform(aggregates, functions, op);
    }

    /** The count of characters the query of {@code env} has built so far (one per query, made on first use); null without a query. */
    static AtomicLong built(FunctionEnv env) {
        Context context = env == null ? null : env.getContext();
        if (context == null) {
            return null;
        }
        synchronized (context) {
            AtomicLong built = context.get(BUILT);
            if (built == null) {
                built = new AtomicLong();
                context.set(BUILT, built);
            }
            return built;
        }
    }

    /** Adds characters to a query's count, and stops the query past the budget. */
    static void spend(AtomicLong built, long characters, long budget, String function) {
        if (built != null && built.addAndGet(characters) > budget) {
            throw new QueryDeniedException("the query was stopped: its " + function + " would build more than "
                    + budget / (1024 * 1024) + " million characters of text. Ask for fewer or shorter values (LIMIT, SUBSTR).");
        }
    }

    /** REGEX(string, pattern [, flags]), stopped by its query's cancel signal. */
    static final class Regex extends ExprFunctionN {
        private final Pattern constant;

        Regex(ExprList args) {
            super(Tags.tagRegex, args);
            Expr pattern = args.get(1);
            Expr flags = args.size() > 2 ? args.get(2) : null;
            constant = pattern.isConstant() && pattern.getConstant().isString() && (flags == null || flags.isConstant())
                    ? pattern(pattern.getConstant(), flags == null ? null : flags.getConstant()) : null;
        }

        @Override
        public NodeValue eval(List<NodeValue> args, FunctionEnv env) {
            Node string = NodeValueOps.checkAndGetStringLiteral("REGEX", args.get(0));
            Pattern p = constant != null ? constant : pattern(args.get(1), args.size() > 2 ? args.get(2) : null);
            return NodeValue.booleanReturn(p.matcher(CancellableText.of(string.getLiteralLexicalForm(), env)).find());
        }

        @Override
        public NodeValue eval(List<NodeValue> args) {
            return eval(args, null);
        }

        @Override
        public Expr copy(ExprList newArgs) {
            return new Regex(newArgs);
        }

        private static Pattern pattern(NodeValue pattern, NodeValue flags) {
            if (!pattern.isString() || (flags != null && !flags.isString())) {
                throw new ExprEvalException("REGEX: the pattern and flags must be strings");
            }
            return RegexEngine.makePattern("REGEX", pattern.getString(), flags == null ? null : flags.getString());
        }
    }

    /** REPLACE(string, pattern, replacement [, flags]), stopped by its query's cancel signal and string budget. */
    static final class Replace extends ExprFunctionN {
        private final Pattern constant;
        private final long budget;

        Replace(ExprList args, long budget) {
            super(Tags.tagReplace, args);
            this.budget = budget;
            Expr pattern = args.get(1);
            Expr flags = args.size() > 3 ? args.get(3) : null;
            constant = pattern.isConstant() && pattern.getConstant().isString()
                    && (flags == null || (flags.isConstant() && flags.getConstant().isString()))
                    ? RegexEngine.makePattern("REPLACE", pattern.getConstant().getString(), flags == null ? null : flags.getConstant().getString())
                    : null;
        }

        @Override
        public NodeValue eval(List<NodeValue> args, FunctionEnv env) {
            Node string = NodeValueOps.checkAndGetStringLiteral("REPLACE", args.get(0));
            Pattern p = constant;
            if (p == null) {
                String flags = args.size() > 3 ? NodeValueOps.checkAndGetStringLiteral("REPLACE", args.get(3)).getLiteralLexicalForm() : null;
                p = RegexEngine.makePattern("REPLACE", NodeValueOps.checkAndGetStringLiteral("REPLACE", args.get(1)).getLiteralLexicalForm(), flags);
            }
            String replacement = NodeValueOps.checkAndGetStringLiteral("REPLACE", args.get(2)).getLiteralLexicalForm();
            String text = string.getLiteralLexicalForm();
            String replaced = replaceAll(p.matcher(CancellableText.of(text, env)), replacement, env);
            if (replaced == null || replaced.equals(text)) {
                return args.get(0);
            }
            String lang = string.getLiteralLanguage();
            return NodeValue.makeNode(lang == null || lang.isEmpty()
                    ? NodeFactory.createLiteralDT(replaced, string.getLiteralDatatype())
                    : NodeFactory.createLiteralLang(replaced, lang));
        }

        @Override
        public NodeValue eval(List<NodeValue> args) {
            return eval(args, null);
        }

        @Override
        public Expr copy(ExprList newArgs) {
            return new Replace(newArgs, budget);
        }

        /** As ARQ's REPLACE: one empty match at most, null when nothing matched; the result counted against the budget. */
        private String replaceAll(Matcher matcher, String replacement, FunctionEnv env) {
            StringBuilder sb = null;
            AtomicLong built = built(env);
            try {
                while (matcher.find()) {
                    if (sb == null) {
                        sb = new StringBuilder();
                    } else if (matcher.start() == matcher.end()) {
                        continue;
                    }
                    int before = sb.length();
                    matcher.appendReplacement(sb, replacement);
                    spend(built, sb.length() - before, budget, "REPLACE");
                }
                if (sb == null) {
                    return null;
                }
                matcher.appendTail(sb);
                return sb.toString();
            } catch (IndexOutOfBoundsException | IllegalArgumentException e) {
                throw new ExprEvalException("REPLACE: " + e.getMessage());
            }
        }
    }

    /** GROUP_CONCAT whose strings count against the query's budget. */
    static final class CappedConcat extends AggGroupConcat {
        private final String separatorSeen;
        private final boolean distinct;
        private final long budget;

        CappedConcat(Expr expr, String separator, boolean distinct, long budget) {
            super(expr, separator);
            this.separatorSeen = separator;
            this.distinct = distinct;
            this.budget = budget;
        }

        @Override
        public Aggregator copy(ExprList exprs) {
            return new CappedConcat(exprs.get(0), separatorSeen, distinct, budget);
        }

        @Override
        public String asSparqlExpr(org.apache.jena.sparql.serializer.SerializationContext sCxt) {
            return asSparqlExpr(distinct, separatorSeen, getExprList(), sCxt);
        }

        @Override
        public Accumulator createAccumulator() {
            String separator = separatorSeen == null ? " " : separatorSeen;
            long limit = budget;
            return new AccumulatorExpr(getExprList().get(0), distinct) {
                private final StringBuilder built = new StringBuilder();
                private boolean first = true;
                /** The query's count, looked up at the first row rather than at every one. */
                private AtomicLong spent;

                @Override
                protected void accumulate(NodeValue nv, Binding binding, FunctionEnv env) {
                    String s = nv.asString();
                    int added = s.length() + (first ? 0 : separator.length());
                    if (spent == null) {
                        spent = built(env);
                    }
                    spend(spent, added, limit, "GROUP_CONCAT");
                    if (!first) {
                        built.append(separator);
                    }
                    built.append(s);
                    first = false;
                }

                @Override
                protected void accumulateError(Binding binding, FunctionEnv env) {
                }

                @Override
                protected NodeValue getAccValue() {
                    return NodeValue.makeString(built.toString());
                }
            };
        }
    }
}
