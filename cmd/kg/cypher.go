package main

import (
	"github.com/spf13/cobra"

	"github.com/newsgraph/kg/queries"
)

func newCypherCmd(conn *connFlags, io streams) *cobra.Command {
	var (
		params []string
		output string
		write  bool
		table  tableFlags
	)
	cmd := &cobra.Command{
		Use:   "cypher 'MATCH ...' [--param k=v ...]",
		Short: "Run one Cypher statement, read-only unless --write",
		Long: `Runs one Cypher statement and prints its rows. The statement is planned first and
refused if it would write, and it runs in a read transaction, unless --write is given.
Without --write kg reads only the graph: LOAD CSV, administration commands
(TERMINATE TRANSACTIONS, CREATE/DROP USER or DATABASE, GRANT, ...) and procedures that
read files or URLs are refused; SHOW commands and read-only server procedures such as
CALL dbms.components() run.
Parameter values that look like integers become integers, true/false booleans, null
null; write k:string=42 to keep text, or k:int=, k:bool=, k:date= to say the type.`,
		Example: `  kg cypher 'MATCH (m:Model) RETURN m.name AS model ORDER BY model'
  kg cypher 'MATCH (p:Person {key: $k}) RETURN p.name' --param k=yannlecun -o json`,
		Args: cobra.ExactArgs(1),
		RunE: func(c *cobra.Command, args []string) error {
			if err := checkOutput(output); err != nil {
				return err
			}
			bound, err := bindParams(queries.Query{}, params)
			if err != nil {
				return err
			}
			return runAndPrint(c, conn, io, args[0], bound, write, output, table.layout(io.Out), nil)
		},
	}
	f := cmd.Flags()
	f.StringArrayVarP(&params, "param", "p", nil, "query parameter `k=v` (repeat)")
	f.StringVarP(&output, "output", "o", "table", "output: table, json (an array of row objects) or csv")
	f.BoolVar(&write, "write", false, "allow the statement to change the database")
	table.add(f)
	return cmd
}
