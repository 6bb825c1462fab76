package main

import (
	"bufio"
	"fmt"
	"os"
	"strings"
)

func main() {
	sc := bufio.NewScanner(os.Stdin)
	sc.Split(bufio.ScanWords)
	counts := map[string]int{}
	total := 0
	for sc.Scan() {
		w := strings.ToLower(strings.Trim(sc.Text(), ".,;:!?\"'"))
		if w == "" {
			continue
		}
		counts[w]++
		total++
	}
	if err := sc.Err(); err != nil {
		fmt.Println("error:", err)
	}
	words := make([]string, 0, len(counts))
	for w := range counts {
		words = append(words, w)
	}
	for i := 1; i < len(words); i++ {
		for j := i; j > 0 && words[j] < words[j-1]; j-- {
			words[j], words[j-1] = words[j-1], words[j]
		}
	}
	for _, w := range words {
		fmt.Printf("%-8s %d\n", w, counts[w])
	}
	fmt.Println("total", total, "distinct", len(counts))
}
