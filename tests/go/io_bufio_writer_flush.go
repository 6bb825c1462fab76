package main

import (
	"bufio"
	"fmt"
	"os"
	"strings"
)

func main() {
	w := bufio.NewWriter(os.Stdout)
	fmt.Fprintln(w, "buffered 1")
	fmt.Println("direct 1")
	fmt.Fprintln(w, "buffered 2")
	w.Flush()
	fmt.Println("direct 2")
	fmt.Println(w.Size(), w.Available(), w.Buffered())
	line := strings.Repeat("x", 99) + "\n"
	for i := 0; i < 50; i++ {
		w.WriteString(line)
		if i%10 == 0 {
			fmt.Println("direct at", i, "buffered", w.Buffered())
		}
	}
	big := strings.Repeat("B", 5000) + "\n"
	n, err := w.WriteString(big)
	fmt.Println("big", n, err, w.Buffered())
	w.Flush()
	n, err = w.Write([]byte(big))
	fmt.Println("big2", n, err, w.Buffered())
	fmt.Fprintf(w, "final %d\n", 42)
	fmt.Fprintln(os.Stderr, "stderr line")
	if err := w.Flush(); err != nil {
		fmt.Println(err)
	}
}
