package main

import "fmt"

type MyErr struct{ code int }

func (e MyErr) Error() string { return fmt.Sprintf("code %d", e.code) }

func check(n int) error {
	if n < 0 {
		return MyErr{n}
	}
	return nil
}

func main() {
	if err := check(-1); err != nil {
		fmt.Println("error:", err)
	}
}
