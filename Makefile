# The two commands of the README: `make demo` and `make test`.
.PHONY: demo test build neo4j-start neo4j-stop bench bench-scale

build:
	go build -o bin/kg ./cmd/kg

# Start a local Neo4j, load the sample articles, ask who said what, and
# write that as an HTML report.
demo: build
	@eval "$$(scripts/neo4j start)" && \
	bin/kg ingest testdata/articles && \
	bin/kg query run who-said --param about=Llama && \
	bin/kg export --query who-said --param about=Llama -o demo-report.html && \
	echo "The report: file://$$(pwd)/demo-report.html"

# Every test, Neo4j integration tests included (Neo4j is started if needed).
test:
	scripts/test

neo4j-start:
	scripts/neo4j start

neo4j-stop:
	scripts/neo4j stop

bench:
	scripts/bench

# kg on a large synthetic graph: 10k and 100k articles, queries, plans and
# 1 vs 2 loaders (BENCHMARKS.md "Scale"). It empties the Neo4j on
# KG_NEO4J_PORT; SIZES="10000 100000 1000000" goes further.
bench-scale:
	scripts/bench-scale
