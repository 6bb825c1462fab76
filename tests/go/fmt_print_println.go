// fmt.Print adds a space between operands only when neither is a string;
// fmt.Println always separates with spaces and ends with a newline;
// Sprint/Sprintln follow the same rules and return the text.
package main

import "fmt"

func main() {
	fmt.Print("a", "b", 1, 2, "c", 3, "\n")
	fmt.Print(1, 2, 3, "\n")
	fmt.Print(1.5, true, false, 'x', "\n")
	fmt.Print("x", 1, "\n")
	fmt.Print(1, "x", "\n")
	fmt.Print()
	fmt.Print("\n")
	fmt.Println("a", "b", 1, 2, "c")
	fmt.Println()
	fmt.Println("")
	fmt.Println(true, 3.5, -2, uint8(7), 'r', "end")

	s := fmt.Sprint("x", 1, 2, "y", 3.0, true)
	fmt.Println(s, len(s))
	s = fmt.Sprintln("x", 1, 2, "y")
	fmt.Print(s)
	fmt.Println(len(s))
	s = fmt.Sprint()
	fmt.Println(len(s), s == "")
	s = fmt.Sprintln()
	fmt.Println(len(s), s == "\n")
	fmt.Println(fmt.Sprint(int8(-1), uint16(65535), int64(-5)))
	fmt.Println(fmt.Sprint("", ""), fmt.Sprint(1, ""), fmt.Sprint("", 1, 2, ""))
}
