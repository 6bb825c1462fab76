package main

import (
	"fmt"
	"strconv"
	"strings"
	"unicode"
)

const text = `It was the best of times, it was the worst of times, it was the age of wisdom,
it was the age of foolishness; it was the epoch of belief, it was the epoch of incredulity.
Totals: 12 apples, 7 pears, -3 debts, 4.5 kg, 0x1F hex, 1e3 big, 99999999999999999999 huge`


func main() {
	counts := map[string]int{}
	sum := 0
	fsum := 0.0
	for _, line := range strings.Split(text, "\n") {
		for _, w := range strings.Fields(line) {
			w = strings.Trim(w, ",.;:")
			if n, err := strconv.Atoi(w); err == nil {
				sum += n
				continue
			} else if strings.HasPrefix(w, "9999") {
				fmt.Println("skip:", err)
			}
			if f, err := strconv.ParseFloat(w, 64); err == nil {
				fsum += f
				continue
			}
			if i, err := strconv.ParseInt(w, 0, 64); err == nil {
				sum += int(i)
				continue
			}
			if unicode.IsUpper([]rune(w)[0]) {
				w = strings.ToLower(w)
			}
			counts[w]++
		}
	}
	fmt.Println(sum, fsum, len(counts), counts["it"], counts["was"], counts["the"])
	keys := []string{}
	for k, v := range counts {
		if v > 1 {
			keys = append(keys, k+"="+strconv.Itoa(v))
		}
	}
	fmt.Println(len(keys))
	fmt.Println(strings.Repeat("=", 20))
	fmt.Println(strings.Title(strings.Join(strings.Fields("  the   quick brown fox "), " ")))
}
