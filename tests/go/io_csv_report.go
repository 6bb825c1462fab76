package main

import (
	"bufio"
	"fmt"
	"os"
	"strconv"
	"strings"
)

func main() {
	sc := bufio.NewScanner(os.Stdin)
	var out strings.Builder
	header := true
	totals := map[string]float64{}
	var order []string
	for sc.Scan() {
		line := strings.TrimSpace(sc.Text())
		if line == "" {
			continue
		}
		if header {
			header = false
			continue
		}
		f := strings.Split(line, ",")
		if len(f) != 3 {
			fmt.Fprintf(&out, "skip %q\n", line)
			continue
		}
		amt, err := strconv.ParseFloat(strings.TrimSpace(f[2]), 64)
		if err != nil {
			fmt.Fprintf(&out, "bad amount: %v\n", err)
			continue
		}
		k := strings.TrimSpace(f[1])
		if _, ok := totals[k]; !ok {
			order = append(order, k)
		}
		totals[k] += amt
	}
	for _, k := range order {
		fmt.Fprintf(&out, "%-8s %10.2f\n", k, totals[k])
	}
	fmt.Print(out.String())
}
