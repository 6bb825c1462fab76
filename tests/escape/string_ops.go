package main

import "fmt"

func join(parts []string) string {
	s := ""
	for _, p := range parts {
		s += p
	}
	return s
}

func main() {
	s := join([]string{"a", "b"})
	t := s + "-" + s
	fmt.Println(t, len(t))
	u := string(rune(65))
	fmt.Println(u)
	b := []byte(t)
	fmt.Println(len(b), string(b[:2]))
}
