// Reversing strings by runes (not bytes), palindromes, and counting runes
// by hand versus len.
package main

import "fmt"

func reverse(s string) string {
	out := ""
	for _, r := range s {
		out = string(r) + out
	}
	return out
}

func reverseBytes(s string) string {
	out := ""
	for i := len(s) - 1; i >= 0; i-- {
		out += s[i : i+1]
	}
	return out
}

func runeCount(s string) int {
	n := 0
	for range s {
		n++
	}
	return n
}

func isPalindrome(s string) bool {
	clean := ""
	for _, r := range s {
		if r >= 'A' && r <= 'Z' {
			r += 'a' - 'A'
		}
		if r >= 'a' && r <= 'z' {
			clean += string(r)
		}
	}
	return clean == reverse(clean)
}

func main() {
	words := "Hello, 世界! ¿Qué tal? 😀👍"
	fmt.Println(reverse(words))
	fmt.Println(reverse(reverse(words)) == words)
	fmt.Printf("%q\n", reverseBytes("añb"))
	fmt.Println(len(words), runeCount(words))
	fmt.Println(isPalindrome("A man, a plan, a canal: Panama"), isPalindrome("Go gopher"))
	fmt.Println(reverse(""), reverse("x"), reverse("ab"))
}
