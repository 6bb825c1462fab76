package main

import (
	"fmt"
	"os"
)

func main() {
	fmt.Printf("%q\n", os.Getenv("VM_SURELY_UNSET_VARIABLE"))
	v, ok := os.LookupEnv("VM_SURELY_UNSET_VARIABLE")
	fmt.Printf("%q %v\n", v, ok)
	fmt.Printf("%q\n", os.Getenv(""))
	fmt.Println(len(os.Getenv("PATH")) > 0)
	_, ok = os.LookupEnv("PATH")
	fmt.Println(ok)
}
