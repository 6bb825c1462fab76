// Word frequencies with a map: tokenise by hand, lower-case ASCII, count,
// then print sorted by count (descending) and word (ascending).
package main

import "fmt"

const text = `It was the best of times, it was the worst of times, it was the
age of wisdom, it was the age of foolishness, it was the epoch of belief, it
was the epoch of incredulity, it was the season of Light, it was the season
of Darkness.`

type entry struct {
	word  string
	count int
}

func words(s string) []string {
	var out []string
	var cur []byte
	for i := 0; i < len(s); i++ {
		c := s[i]
		if c >= 'A' && c <= 'Z' {
			c += 'a' - 'A'
		}
		if c >= 'a' && c <= 'z' {
			cur = append(cur, c)
			continue
		}
		if len(cur) > 0 {
			out = append(out, string(cur))
			cur = cur[:0]
		}
	}
	if len(cur) > 0 {
		out = append(out, string(cur))
	}
	return out
}

func main() {
	ws := words(text)
	freq := map[string]int{}
	for _, w := range ws {
		freq[w]++
	}
	var es []entry
	for w, c := range freq {
		es = append(es, entry{w, c})
	}
	for i := 1; i < len(es); i++ {
		for j := i; j > 0; j-- {
			a, b := es[j-1], es[j]
			if a.count > b.count || (a.count == b.count && a.word < b.word) {
				break
			}
			es[j-1], es[j] = b, a
		}
	}
	fmt.Println(len(ws), "words,", len(freq), "distinct")
	for _, e := range es {
		fmt.Printf("%-12s %d\n", e.word, e.count)
	}
	fmt.Println(freq)
}
