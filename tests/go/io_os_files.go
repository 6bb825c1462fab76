package main

import (
	"fmt"
	"os"
	"strings"
)

func main() {
	name := "io_os_files.tmp"
	err := os.WriteFile(name, []byte("line one\nline two\n"), 0644)
	fmt.Println("write:", err)
	data, err := os.ReadFile(name)
	fmt.Printf("read: %q %v\n", data, err)
	lines := strings.Split(strings.TrimSpace(string(data)), "\n")
	fmt.Println(len(lines), lines)
	fmt.Println("remove:", os.Remove(name))
	_, err = os.ReadFile(name)
	fmt.Println("again:", err)
	fmt.Println("remove again:", os.Remove(name))
	err = os.WriteFile("no/such/dir/file.txt", nil, 0644)
	fmt.Println(err)
	fmt.Println(os.Stdout.Name(), os.Stderr.Name(), os.Stdin.Name())
	v, ok := os.LookupEnv("IO_OS_FILES_SURELY_UNSET")
	fmt.Printf("%q %v %q\n", v, ok, os.Getenv("IO_OS_FILES_SURELY_UNSET"))
}
