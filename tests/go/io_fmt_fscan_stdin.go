package main

import (
	"bufio"
	"fmt"
	"os"
)

func main() {
	in := bufio.NewReader(os.Stdin)
	out := bufio.NewWriter(os.Stdout)
	defer out.Flush()
	var rows, cols int
	fmt.Fscan(in, &rows, &cols)
	m := make([][]int, rows)
	for i := range m {
		m[i] = make([]int, cols)
		for j := range m[i] {
			fmt.Fscan(in, &m[i][j])
		}
	}
	for j := 0; j < cols; j++ {
		for i := 0; i < rows; i++ {
			if i > 0 {
				out.WriteByte(' ')
			}
			fmt.Fprint(out, m[i][j])
		}
		out.WriteByte('\n')
	}
	var name string
	var score float64
	for {
		n, err := fmt.Fscanln(in, &name, &score)
		if err != nil {
			fmt.Fprintln(out, "stop:", n, err)
			break
		}
		fmt.Fprintf(out, "%s=%.1f\n", name, score)
	}
	rest, err := in.ReadString('\n')
	fmt.Fprintf(out, "rest %q %v\n", rest, err)
}
