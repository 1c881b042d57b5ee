export default {"all":[["傳統","传统","chuan2 tong3",["tradition","traditional","convention"],[],[]],["打","打","da3",["to beat","to strike"],[],[]]]}
