// switch: with a tag, without (like if/else chains), with an init
// statement, lists of case values, default anywhere, fallthrough, break
// inside a case, and tags of several types.
package main

import "fmt"

func kind(r rune) string {
	switch {
	case r >= '0' && r <= '9':
		return "digit"
	case r >= 'a' && r <= 'z', r >= 'A' && r <= 'Z':
		return "letter"
	case r == ' ' || r == '\t':
		return "space"
	}
	return "other"
}

func day(n int) string {
	switch n {
	default:
		return "unknown"
	case 0, 6:
		return "weekend"
	case 1, 2, 3, 4, 5:
		return "weekday"
	}
}

func fall(n int) {
	switch n {
	case 0:
		fmt.Print("zero ")
		fallthrough
	case 1:
		fmt.Print("one ")
		fallthrough
	case 2:
		fmt.Print("two ")
	case 3:
		fmt.Print("three ")
		fallthrough
	default:
		fmt.Print("default ")
	}
	fmt.Println()
}

var calls = 0

func next() int {
	calls++
	return calls
}

func main() {
	for _, r := range "a1 ?Z" {
		fmt.Print(kind(r), " ")
	}
	fmt.Println()
	fmt.Println(day(0), day(3), day(9))
	for i := 0; i <= 4; i++ {
		fall(i)
	}

	switch s := "go" + "pher"; s {
	case "go":
		fmt.Println("short")
	case "gopher":
		fmt.Println("full", len(s))
	}

	switch x := 5; {
	case x > 3:
		fmt.Println("big")
		if x == 5 {
			break
		}
		fmt.Println("not reached")
	case x > 1:
		fmt.Println("medium")
	}

	// The tag is evaluated once; cases in order until one matches.
	switch next() {
	case 0:
		fmt.Println("zero")
	case next() - 1:
		fmt.Println("matched second case, calls =", calls)
	case next():
		fmt.Println("third")
	}

	var f float64 = 2.5
	switch f {
	case 2.5:
		fmt.Println("float case")
	}
	var u8 uint8 = 200
	switch u8 + 100 {
	case 44:
		fmt.Println("wrapped to 44")
	case 300 - 256 + 1:
		fmt.Println("no")
	}
	switch {
	}
	switch true {
	case false:
		fmt.Println("no")
	default:
		fmt.Println("default only")
	}
	b := false
	switch b {
	case true:
		fmt.Println("no")
	case false:
		fmt.Println("false case")
	}
}
