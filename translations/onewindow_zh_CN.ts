<?xml version='1.0' encoding='utf-8'?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>main</name>
    <message>
        <source>OneWindow</source>
        <translation>一窗通</translation>
    </message>
    <message>
        <source>There are no clerk accounts at this counter yet. IT staff can add one with:
onewindow-cli clerk add --login LOGIN --name NAME --role admin</source>
        <translation>本窗口尚无工作人员账号。信息技术人员可用以下命令添加：
onewindow-cli clerk add --login 登录名 --name 姓名 --role admin</translation>
    </message>
</context>
<context>
    <name>ow::auth::ClerkService</name>
    <message>
        <source>A login is 2 to 32 letters, digits, dots, dashes or underscores, starting with a letter or digit.</source>
        <translation>登录名为 2 到 32 个字母、数字、点、连字符或下划线，须以字母或数字开头。</translation>
    </message>
    <message>
        <source>The name must have 1 to 30 characters.</source>
        <translation>姓名须为 1 到 30 个字。</translation>
    </message>
    <message>
        <source>The password must have at least %1 characters.</source>
        <translation>密码至少需要 %1 个字符。</translation>
    </message>
    <message>
        <source>The login %1 is taken already.</source>
        <translation>登录名 %1 已被使用。</translation>
    </message>
    <message>
        <source>The password could not be protected (not enough memory).</source>
        <translation>无法加密保存密码（内存不足）。</translation>
    </message>
    <message>
        <source>The clerk could not be saved to the data file.</source>
        <translation>无法将工作人员保存到数据文件。</translation>
    </message>
    <message>
        <source>Enter your login.</source>
        <translation>请输入登录名。</translation>
    </message>
    <message>
        <source>Enter your password.</source>
        <translation>请输入密码。</translation>
    </message>
    <message>
        <source>Too many failed attempts. Login is locked until %1.</source>
        <translation>失败次数过多，登录已锁定至 %1。</translation>
    </message>
    <message>
        <source>The login could not be recorded in the data file. Call IT support.</source>
        <translation>无法在数据文件中记录本次登录，请联系信息技术人员。</translation>
    </message>
    <message>
        <source>Too many failed attempts. Login is locked for %1 minutes.</source>
        <translation>失败次数过多，登录已锁定 %1 分钟。</translation>
    </message>
    <message>
        <source>The login or the password is wrong. Attempts left before the login is locked: %1.</source>
        <translation>登录名或密码错误。再失败 %1 次将锁定登录。</translation>
    </message>
</context>
<context>
    <name>ow::auth::Roles</name>
    <message>
        <source>Clerk</source>
        <translation>窗口人员</translation>
    </message>
    <message>
        <source>Supervisor</source>
        <translation>主管</translation>
    </message>
    <message>
        <source>Administrator</source>
        <translation>管理员</translation>
    </message>
</context>
<context>
    <name>ow::calendar::WorkingCalendar</name>
    <message>
        <source>The calendar data is not valid JSON: %1 (at character %2).</source>
        <translation>工作日历数据不是有效的 JSON：%1（第 %2 个字符处）。</translation>
    </message>
    <message>
        <source>The calendar data holds no year.</source>
        <translation>工作日历数据中没有任何年度。</translation>
    </message>
    <message>
        <source>The calendar data must be a year object or a list of year objects.</source>
        <translation>工作日历数据须为一个年度对象或年度对象列表。</translation>
    </message>
    <message>
        <source>Calendar entry %1 is not a year object.</source>
        <translation>工作日历第 %1 项不是年度对象。</translation>
    </message>
    <message>
        <source>Calendar entry %1 has no valid year (found "%2").</source>
        <translation>工作日历第 %1 项没有有效年份（读到“%2”）。</translation>
    </message>
    <message>
        <source>Calendar %1: the format "%2" is not a version number.</source>
        <translation>%1 年工作日历：格式“%2”不是版本号。</translation>
    </message>
    <message>
        <source>Calendar %1 is written in format %2, but this program reads format %3 at most. Update OneWindow before importing it.</source>
        <translation>%1 年工作日历采用格式 %2，本程序最高只能读取格式 %3。请先升级一窗通再导入。</translation>
    </message>
    <message>
        <source>Calendar %1: the region "%2" is not supported; expected "CN".</source>
        <translation>%1 年工作日历：不支持地区“%2”，应为“CN”。</translation>
    </message>
    <message>
        <source>Calendar %1 is given more than once.</source>
        <translation>%1 年工作日历重复出现。</translation>
    </message>
    <message>
        <source>Calendar %1 does not name its source notice (title and number).</source>
        <translation>%1 年工作日历未注明依据的通知（标题和文号）。</translation>
    </message>
    <message>
        <source>Calendar %1: "%2" is not a date of the form YYYY-MM-DD.</source>
        <translation>%1 年工作日历：“%2”不是 YYYY-MM-DD 格式的日期。</translation>
    </message>
    <message>
        <source>Calendar %1 lists no holidays.</source>
        <translation>%1 年工作日历没有列出任何节假日。</translation>
    </message>
    <message>
        <source>Calendar %1: a holiday has no name.</source>
        <translation>%1 年工作日历：有节假日缺少名称。</translation>
    </message>
    <message>
        <source>Calendar %1: the holiday "%2" has "%3", which is not a date of the form YYYY-MM-DD.</source>
        <translation>%1 年工作日历：节假日“%2”中的“%3”不是 YYYY-MM-DD 格式的日期。</translation>
    </message>
    <message>
        <source>Calendar %1: the holiday "%2" ends on %3, before it starts on %4.</source>
        <translation>%1 年工作日历：节假日“%2”结束于 %3，早于开始日期 %4。</translation>
    </message>
    <message>
        <source>Calendar %1: the date %2 lies outside the year of the notice.</source>
        <translation>%1 年工作日历：日期 %2 不在通知所属年度内。</translation>
    </message>
    <message>
        <source>Calendar %1: the holiday "%2" from %3 to %4 spans %5 days, but the data says %6.</source>
        <translation>%1 年工作日历：节假日“%2”自 %3 至 %4 共 %5 天，但数据写的是 %6 天。</translation>
    </message>
    <message>
        <source>Calendar %1: the date %2 is listed twice.</source>
        <translation>%1 年工作日历：日期 %2 重复列出。</translation>
    </message>
    <message>
        <source>Calendar %1: "makeup_workdays" must be a list.</source>
        <translation>%1 年工作日历：“makeup_workdays”须为列表。</translation>
    </message>
    <message>
        <source>Calendar %1: the make-up working day "%2" is not a date of the form YYYY-MM-DD.</source>
        <translation>%1 年工作日历：调休上班日“%2”不是 YYYY-MM-DD 格式的日期。</translation>
    </message>
    <message>
        <source>Calendar %1: the date %2 is both a holiday and a make-up working day.</source>
        <translation>%1 年工作日历：日期 %2 既是节假日又是调休上班日。</translation>
    </message>
    <message>
        <source>Calendar %1: the make-up working day %2 is not a Saturday or Sunday.</source>
        <translation>%1 年工作日历：调休上班日 %2 不是周六或周日。</translation>
    </message>
    <message>
        <source>Calendar %1: the make-up working day %2 is for "%3", which is not a holiday of the notice.</source>
        <translation>%1 年工作日历：调休上班日 %2 对应的“%3”不是通知中的节假日。</translation>
    </message>
    <message>
        <source>The calendar folder %1 does not exist.</source>
        <translation>工作日历文件夹 %1 不存在。</translation>
    </message>
    <message>
        <source>The calendar folder %1 holds no calendar file.</source>
        <translation>工作日历文件夹 %1 中没有日历文件。</translation>
    </message>
    <message>
        <source>The calendar file %1 cannot be read: %2</source>
        <translation>无法读取工作日历文件 %1：%2</translation>
    </message>
    <message>
        <source>In the calendar file %1: %2</source>
        <translation>工作日历文件 %1 中：%2</translation>
    </message>
</context>
<context>
    <name>ow::cli::Cli</name>
    <message>
        <source>Password: </source>
        <translation>密码：</translation>
    </message>
    <message>
        <source>Password again: </source>
        <translation>再次输入密码：</translation>
    </message>
    <message>
        <source>The two passwords differ.</source>
        <translation>两次输入的密码不一致。</translation>
    </message>
    <message>
        <source>Standard input cannot be read.</source>
        <translation>无法读取标准输入。</translation>
    </message>
    <message>
        <source>clerk add needs --%1.</source>
        <translation>clerk add 需要 --%1 参数。</translation>
    </message>
    <message>
        <source>The role must be clerk, supervisor or admin.</source>
        <translation>角色须为 clerk（窗口人员）、supervisor（主管）或 admin（管理员）。</translation>
    </message>
    <message>
        <source>Clerk %1 (%2) added as %3.</source>
        <translation>已添加工作人员 %1（%2），角色：%3。</translation>
    </message>
    <message>
        <source>No clerks yet. Add one with: onewindow-cli clerk add --login L --name N --role admin</source>
        <translation>尚无工作人员。可用以下命令添加：onewindow-cli clerk add --login 登录名 --name 姓名 --role admin</translation>
    </message>
    <message>
        <source>active</source>
        <translation>启用</translation>
    </message>
    <message>
        <source>inactive</source>
        <translation>停用</translation>
    </message>
    <message>
        <source>%1 needs a value.</source>
        <translation>%1 需要一个值。</translation>
    </message>
    <message>
        <source>Unknown command %1.</source>
        <translation>未知命令 %1。</translation>
    </message>
    <message>
        <source>%1 takes one of: %2.</source>
        <translation>%1 可用的子命令：%2。</translation>
    </message>
    <message>
        <source>There is no data file at %1.</source>
        <translation>%1 没有数据文件。</translation>
    </message>
    <message>
        <source>ok: %1 is intact, schema version %2 (this program: %3)</source>
        <translation>正常：%1 完好，结构版本 %2（本程序：%3）</translation>
    </message>
    <message>
        <source>db backup takes one FILE to write the backup to.</source>
        <translation>db backup 需要一个备份文件名 FILE。</translation>
    </message>
    <message>
        <source>Backup written to %1 and checked.</source>
        <translation>备份已写入 %1 并通过校验。</translation>
    </message>
    <message>
        <source>hall set needs --%1.</source>
        <translation>hall set 需要 --%1 参数。</translation>
    </message>
    <message>
        <source>The counter number must be between 1 and 999.</source>
        <translation>窗口号须在 1 到 999 之间。</translation>
    </message>
    <message>
        <source>This PC is counter %1 of %2 (%3).</source>
        <translation>本机为%2（%3）%1 号窗口。</translation>
    </message>
    <message>
        <source>This PC is not set up as a counter yet: onewindow-cli hall set --code C --name N --counter N</source>
        <translation>本机尚未设置为受理窗口：onewindow-cli hall set --code 编码 --name 名称 --counter 窗口号</translation>
    </message>
    <message>
        <source>Usage: onewindow-cli [--data-dir DIR] [--lang en|zh_CN] COMMAND [OPTIONS]

Commands:
  db check [--json]                 check the data file: integrity and schema version
  db backup FILE                    write a consistent copy of the data file
  clerk add --login L --name N --role clerk|supervisor|admin
                                    add a clerk; the password is read from standard input
  clerk list [--json]               list the clerks of this counter
  hall set --code C --name N --counter N
                                    set which hall and counter this PC is
  hall show [--json]                show the hall and counter
  idcard read --port DEVICE [--baud N|auto] [--timeout-ms N]
                                    read one ID card and print it as JSON; exit 3 no card,
                                    4 reader missing or silent, 5 protocol error
  idcard check NUMBER [--date YYYY-MM-DD]
                                    check an ID number; exit 0 valid, 1 not valid

Options:
  --data-dir DIR   the counter's data folder (default: the user's application data folder)
  --lang LANG      language of messages: en or zh_CN
  --version        print the version
  -h, --help       print this help
</source>
        <translation>用法：onewindow-cli [--data-dir 目录] [--lang en|zh_CN] 命令 [选项]

命令：
  db check [--json]                 检查数据文件：完整性和结构版本
  db backup FILE                    写出数据文件的一致性备份
  clerk add --login L --name N --role clerk|supervisor|admin
                                    添加工作人员；密码从标准输入读取
  clerk list [--json]               列出本窗口的工作人员
  hall set --code C --name N --counter N
                                    设置本机所属大厅和窗口号
  hall show [--json]                显示大厅和窗口
  idcard read --port DEVICE [--baud N|auto] [--timeout-ms N]
                                    读取一张身份证并以 JSON 输出；退出码 3 无卡，
                                    4 读卡器未连接或无应答，5 通信协议错误
  idcard check NUMBER [--date YYYY-MM-DD]
                                    校验身份证号码；退出码 0 有效，1 无效

选项：
  --data-dir DIR   本窗口的数据文件夹（默认：用户的应用数据文件夹）
  --lang LANG      提示语言：en 或 zh_CN
  --version        显示版本
  -h, --help       显示本帮助
</translation>
    </message>
    <message>
        <source>idcard read needs --port, the reader's serial device (for example /dev/ttyUSB0).</source>
        <translation>idcard read 需要 --port 参数，即读卡器的串口设备（例如 /dev/ttyUSB0）。</translation>
    </message>
    <message>
        <source>--baud takes a rate such as 115200, or auto.</source>
        <translation>--baud 须为波特率（如 115200）或 auto。</translation>
    </message>
    <message>
        <source>--timeout-ms takes a positive number of milliseconds.</source>
        <translation>--timeout-ms 须为正整数毫秒数。</translation>
    </message>
    <message>
        <source>idcard check takes one ID number.</source>
        <translation>idcard check 需要一个身份证号码。</translation>
    </message>
    <message>
        <source>--date takes a date of the form YYYY-MM-DD.</source>
        <translation>--date 须为 YYYY-MM-DD 格式的日期。</translation>
    </message>
</context>
<context>
    <name>ow::core::CounterSettings</name>
    <message>
        <source>The hall code must be 3 to 12 letters or digits.</source>
        <translation>大厅编码须为 3 到 12 位字母或数字。</translation>
    </message>
    <message>
        <source>The hall name must not be empty.</source>
        <translation>大厅名称不能为空。</translation>
    </message>
    <message>
        <source>The counter number must be between 1 and 999.</source>
        <translation>窗口号须在 1 到 999 之间。</translation>
    </message>
    <message>
        <source>The hall and counter could not be saved to the data file.</source>
        <translation>无法将大厅和窗口信息保存到数据文件。</translation>
    </message>
    <message>
        <source>The idle lock must be between 0 (off) and %1 minutes.</source>
        <translation>空闲锁定时间须在 0（关闭）到 %1 分钟之间。</translation>
    </message>
    <message>
        <source>The setting could not be saved to the data file.</source>
        <translation>无法将设置保存到数据文件。</translation>
    </message>
</context>
<context>
    <name>ow::core::Language</name>
    <message>
        <source>Unknown language %1; use en or zh_CN.</source>
        <translation>未知语言 %1；请使用 en 或 zh_CN。</translation>
    </message>
</context>
<context>
    <name>ow::db::Database</name>
    <message>
        <source>There is no data file at %1 yet; it will be created.</source>
        <translation>%1 尚无数据文件，将新建。</translation>
    </message>
    <message>
        <source>%1 is not a file.</source>
        <translation>%1 不是文件。</translation>
    </message>
    <message>
        <source>%1 is not a OneWindow data file (it is not an SQLite database). The file was left as it is.</source>
        <translation>%1 不是一窗通数据文件（不是 SQLite 数据库）。该文件未做任何改动。</translation>
    </message>
    <message>
        <source>%1 cannot be read: %2</source>
        <translation>无法读取 %1：%2</translation>
    </message>
    <message>
        <source>The data file %1 is damaged (%2). Restore it from a backup or call IT support; the file was left as it is.</source>
        <translation>数据文件 %1 已损坏（%2）。请从备份恢复或联系信息技术人员；该文件未做任何改动。</translation>
    </message>
    <message>
        <source>%1 is an SQLite database of another program, not a OneWindow data file. The file was left as it is.</source>
        <translation>%1 是其他程序的 SQLite 数据库，不是一窗通数据文件。该文件未做任何改动。</translation>
    </message>
    <message>
        <source>The data file %1 was written by a newer version of OneWindow (schema %2; this program knows up to %3). Install the newer version; the file was left as it is.</source>
        <translation>数据文件 %1 由更新版本的一窗通写入（结构版本 %2，本程序最高支持 %3）。请安装新版本；该文件未做任何改动。</translation>
    </message>
    <message>
        <source>The data file is intact; schema version %1.</source>
        <translation>数据文件完好，结构版本 %1。</translation>
    </message>
    <message>
        <source>The folder %1 cannot be created.</source>
        <translation>无法创建文件夹 %1。</translation>
    </message>
    <message>
        <source>The data file %1 cannot be opened: %2</source>
        <translation>无法打开数据文件 %1：%2</translation>
    </message>
    <message>
        <source>The data file cannot be prepared (%1): %2</source>
        <translation>无法初始化数据文件（%1）：%2</translation>
    </message>
    <message>
        <source>The SQLite driver of this installation is not usable.</source>
        <translation>本机安装的 SQLite 驱动不可用。</translation>
    </message>
    <message>
        <source>The data file is busy or read-only: %1</source>
        <translation>数据文件正被占用或为只读：%1</translation>
    </message>
    <message>
        <source>The data file could not be updated to the new version and was left as it was: %1</source>
        <translation>数据文件无法升级到新版本，已保持原状：%1</translation>
    </message>
    <message>
        <source>%1 exists already; choose a new file name for the backup.</source>
        <translation>%1 已存在，请为备份另选文件名。</translation>
    </message>
    <message>
        <source>The folder of %1 does not exist.</source>
        <translation>%1 所在的文件夹不存在。</translation>
    </message>
    <message>
        <source>The data file is not open.</source>
        <translation>数据文件未打开。</translation>
    </message>
    <message>
        <source>The backup could not be written (%1). Is the disk full?</source>
        <translation>无法写入备份（%1）。磁盘是否已满？</translation>
    </message>
    <message>
        <source>The backup did not pass its check and was removed: %1</source>
        <translation>备份未通过校验，已删除：%1</translation>
    </message>
    <message>
        <source>The backup could not be moved to %1.</source>
        <translation>无法将备份移动到 %1。</translation>
    </message>
</context>
<context>
    <name>ow::idcard::CardInfo</name>
    <message>
        <source>The date "%1" in field %2 is not a date of the form YYYY-MM-DD.</source>
        <translation>字段 %2 中的“%1”不是 YYYY-MM-DD 格式的日期。</translation>
    </message>
    <message>
        <source>Resident ID card</source>
        <translation>居民身份证</translation>
    </message>
    <message>
        <source>Foreign permanent residence ID card (2017)</source>
        <translation>外国人永久居留身份证（2017 版）</translation>
    </message>
    <message>
        <source>Foreign permanent residence ID card (2023)</source>
        <translation>外国人永久居留身份证（2023 版）</translation>
    </message>
    <message>
        <source>Residence permit for Hong Kong, Macao and Taiwan residents</source>
        <translation>港澳台居民居住证</translation>
    </message>
    <message>
        <source>The card type "%1" is not one of resident, foreign_permanent_2017, foreign_permanent_2023, hk_mo_tw_permit.</source>
        <translation>证件类型“%1”不是 resident、foreign_permanent_2017、foreign_permanent_2023、hk_mo_tw_permit 之一。</translation>
    </message>
    <message>
        <source>The sex "%1" is not a GB/T 2261.1 sex.</source>
        <translation>性别“%1”不符合 GB/T 2261.1。</translation>
    </message>
    <message>
        <source>The nation "%1" is not a GB/T 3304 ethnic group.</source>
        <translation>民族“%1”不符合 GB/T 3304。</translation>
    </message>
</context>
<context>
    <name>ow::idcard::CardTextCodec</name>
    <message>
        <source>The card's text could not be read completely. Place the card again.</source>
        <translation>未能完整读取证件信息，请重新放卡。</translation>
    </message>
</context>
<context>
    <name>ow::idcard::IdNumber</name>
    <message>
        <source>The birth date %1 in the ID number is not a real date. Check the number on the card.</source>
        <translation>身份证号码中的出生日期 %1 不是有效日期，请核对证件上的号码。</translation>
    </message>
    <message>
        <source>The birth date %1 in the ID number lies in the future. Check the number on the card.</source>
        <translation>身份证号码中的出生日期 %1 晚于今天，请核对证件上的号码。</translation>
    </message>
    <message>
        <source>The ID number starts with %1, which is not a region code. Check the number on the card.</source>
        <translation>身份证号码以 %1 开头，这不是行政区划代码，请核对证件上的号码。</translation>
    </message>
    <message>
        <source>An ID number has 18 characters: 17 digits, then a digit or X.</source>
        <translation>身份证号码为 18 位：17 位数字加 1 位数字或 X。</translation>
    </message>
    <message>
        <source>The ID number does not add up: its last character should be %1. One of the characters is probably mistyped.</source>
        <translation>身份证号码校验不通过：最后一位应为 %1，可能有字符输错。</translation>
    </message>
    <message>
        <source>Enter an ID number.</source>
        <translation>请输入身份证号码。</translation>
    </message>
    <message>
        <source>An ID number has 18 characters (17 digits, then a digit or X); old numbers have 15 digits, and foreigners' cards of 2017 three letters and 12 digits.</source>
        <translation>身份证号码为 18 位（17 位数字加 1 位数字或 X）；旧号码为 15 位数字，2017 版外国人永久居留身份证为 3 个字母加 12 位数字。</translation>
    </message>
</context>
<context>
    <name>ow::idcard::ReaderSettings</name>
    <message>
        <source>The card photo cannot be shown: %1 Take a photo with the camera at intake instead.</source>
        <translation>无法显示证件照片：%1请在受理时用摄像头现场拍照。</translation>
    </message>
    <message>
        <source>Card reader off.</source>
        <translation>读卡器已关闭。</translation>
    </message>
    <message>
        <source>Card reader not connected. Check its cable; reading resumes by itself.</source>
        <translation>读卡器未连接。请检查连接线，接好后自动恢复读卡。</translation>
    </message>
    <message>
        <source>Card reader ready: place the ID card on the reader.</source>
        <translation>读卡器就绪：请将身份证放在读卡器上。</translation>
    </message>
    <message>
        <source>Reading the card. Keep it on the reader.</source>
        <translation>正在读卡，请勿移开证件。</translation>
    </message>
    <message>
        <source>The card reader reports a fault. Restart it or call IT support.</source>
        <translation>读卡器报告故障，请重启读卡器或联系信息技术人员。</translation>
    </message>
</context>
<context>
    <name>ow::idcard::SamReader</name>
    <message>
        <source>The ID card reader was disconnected. Plug it in again; reading resumes by itself.</source>
        <translation>身份证读卡器已断开，请重新接好，接好后自动恢复读卡。</translation>
    </message>
    <message>
        <source>The ID card reader does not answer. Check that it is switched on and connected.</source>
        <translation>身份证读卡器无应答，请检查是否已通电并连接。</translation>
    </message>
    <message>
        <source>The answer from the ID card reader was damaged. Check the cable; the read is retried.</source>
        <translation>读卡器返回的数据已损坏，请检查连接线；系统将自动重读。</translation>
    </message>
    <message>
        <source>The ID card reader at %1 is not connected. Check its cable.</source>
        <translation>%1 上的身份证读卡器未连接，请检查连接线。</translation>
    </message>
    <message>
        <source>The ID card reader at %1 does not answer at %2 baud. Check that it is switched on and the baud rate in the settings.</source>
        <translation>%1 上的身份证读卡器在 %2 波特率下无应答，请检查是否已通电以及设置中的波特率。</translation>
    </message>
    <message>
        <source>The ID card reader at %1 does not answer at any usual baud rate. Check that it is switched on.</source>
        <translation>%1 上的身份证读卡器在所有常用波特率下均无应答，请检查是否已通电。</translation>
    </message>
</context>
<context>
    <name>ow::idcard::SdtApiReader</name>
    <message>
        <source>The card reader's vendor library (%1) is not installed. Install the reader's driver, or choose the serial protocol in the settings.</source>
        <translation>未安装读卡器厂商驱动库（%1）。请安装读卡器驱动，或在设置中改用串口协议。</translation>
    </message>
    <message>
        <source>The library %1 is not a card reader library this program can use.</source>
        <translation>库 %1 不是本程序可用的读卡器驱动库。</translation>
    </message>
    <message>
        <source>The ID card reader does not answer. Check that it is switched on and connected.</source>
        <translation>身份证读卡器无应答，请检查是否已通电并连接。</translation>
    </message>
    <message>
        <source>The ID card reader was disconnected. Plug it in again; reading resumes by itself.</source>
        <translation>身份证读卡器已断开，请重新接好，接好后自动恢复读卡。</translation>
    </message>
    <message>
        <source>The ID card reader on port %1 is not connected. Check its cable.</source>
        <translation>端口 %1 上的身份证读卡器未连接，请检查连接线。</translation>
    </message>
</context>
<context>
    <name>ow::idcard::WltDecoder</name>
    <message>
        <source>No photo decoder is installed. The card was read; its photo is kept undecoded.</source>
        <translation>未安装照片解码库。证件已读取，照片以未解码形式保存。</translation>
    </message>
    <message>
        <source>The photo read from the card is incomplete. Place the card again.</source>
        <translation>读取的证件照片不完整，请重新放卡。</translation>
    </message>
    <message>
        <source>The photo decoder could not decode the photo (code %1).</source>
        <translation>照片解码库无法解码照片（代码 %1）。</translation>
    </message>
    <message>
        <source>The photo decoder returned an image that cannot be used.</source>
        <translation>照片解码库返回的图像无法使用。</translation>
    </message>
    <message>
        <source>The photo could not be decoded: no temporary folder is writable.</source>
        <translation>无法解码照片：没有可写的临时文件夹。</translation>
    </message>
    <message>
        <source>The photo decoder reported success but wrote no image.</source>
        <translation>照片解码库报告成功，但未输出图像。</translation>
    </message>
</context>
<context>
    <name>ow::idcard::readOnce</name>
    <message>
        <source>No card was placed on the reader in time.</source>
        <translation>在限定时间内没有放卡。</translation>
    </message>
</context>
<context>
    <name>ow::idcard::sam</name>
    <message>
        <source>The card reader completed the operation.</source>
        <translation>读卡器操作成功。</translation>
    </message>
    <message>
        <source>A card is on the reader.</source>
        <translation>读卡器上有证件。</translation>
    </message>
    <message>
        <source>No card on the reader. Place the ID card flat on the reader.</source>
        <translation>读卡器上没有证件，请将身份证平放在读卡器上。</translation>
    </message>
    <message>
        <source>The card could not be selected. Hold the card still on the reader and try again.</source>
        <translation>选卡失败，请将证件放稳后重试。</translation>
    </message>
    <message>
        <source>The card could not be read. Hold the card still on the reader and try again.</source>
        <translation>读卡失败，请将证件放稳后重试。</translation>
    </message>
    <message>
        <source>The card holds no such information.</source>
        <translation>证件中没有该项信息。</translation>
    </message>
    <message>
        <source>The card reader received a damaged command. Check the cable; the read is retried.</source>
        <translation>读卡器收到的指令已损坏，请检查连接线；系统将自动重读。</translation>
    </message>
    <message>
        <source>The card reader received a command of the wrong length. Check the cable; the read is retried.</source>
        <translation>读卡器收到的指令长度有误，请检查连接线；系统将自动重读。</translation>
    </message>
    <message>
        <source>The card reader does not understand the command. Check that the reader is a resident ID card reader.</source>
        <translation>读卡器无法识别指令，请确认其为居民身份证阅读器。</translation>
    </message>
    <message>
        <source>The card reader refused the command. Lift the card and place it again.</source>
        <translation>读卡器拒绝执行指令，请拿起证件重新放置。</translation>
    </message>
    <message>
        <source>The card failed authentication. It may be damaged or not a genuine ID card; check it by eye.</source>
        <translation>证件认证失败，可能已损坏或不是真实身份证，请人工核验。</translation>
    </message>
    <message>
        <source>The card is not an ID card the reader knows.</source>
        <translation>该证件不是读卡器可识别的身份证件。</translation>
    </message>
    <message>
        <source>The card did not answer the reader. Lift the card and place it again.</source>
        <translation>证件未响应读卡器，请拿起证件重新放置。</translation>
    </message>
    <message>
        <source>The card reader's security module failed its self-test. Restart the reader or call IT support.</source>
        <translation>读卡器安全模块自检失败，请重启读卡器或联系信息技术人员。</translation>
    </message>
    <message>
        <source>The card reader's security module is not authorised. Call IT support.</source>
        <translation>读卡器安全模块未获授权，请联系信息技术人员。</translation>
    </message>
    <message>
        <source>The card reader reported an unknown status (0x%1).</source>
        <translation>读卡器返回未知状态（0x%1）。</translation>
    </message>
</context>
<context>
    <name>ow::intake::CitizenService</name>
    <message>
        <source>The card gave no ID number or no name; read it again.</source>
        <translation>证件未读出号码或姓名，请重新读卡。</translation>
    </message>
    <message>
        <source>The data file is busy; read the card again.</source>
        <translation>数据文件正被占用，请重新读卡。</translation>
    </message>
    <message>
        <source>The citizen could not be saved to the data file. Call IT support.</source>
        <translation>无法将群众信息保存到数据文件，请联系信息技术人员。</translation>
    </message>
</context>
<context>
    <name>ow::sync::SyncStatus</name>
    <message>
        <source>Offline (not enrolled with the district)</source>
        <translation>离线（未在区级平台注册）</translation>
    </message>
    <message>
        <source>Online</source>
        <translation>在线</translation>
    </message>
    <message>
        <source>Offline</source>
        <translation>离线</translation>
    </message>
    <message>
        <source>Sync queue unreadable</source>
        <translation>同步队列无法读取</translation>
    </message>
    <message>
        <source>Waiting to sync: %1</source>
        <translation>待同步：%1 条</translation>
    </message>
</context>
<context>
    <name>ow::ui::CardPanel</name>
    <message>
        <source>ID card</source>
        <translation>身份证件</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>显示</translation>
    </message>
    <message>
        <source>Show the whole ID number (the view is logged)</source>
        <translation>显示完整证件号码（查看将被记录）</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>姓名：</translation>
    </message>
    <message>
        <source>Card:</source>
        <translation>证件：</translation>
    </message>
    <message>
        <source>Sex:</source>
        <translation>性别：</translation>
    </message>
    <message>
        <source>Nation:</source>
        <translation>民族：</translation>
    </message>
    <message>
        <source>Born:</source>
        <translation>出生：</translation>
    </message>
    <message>
        <source>Age today:</source>
        <translation>今日年龄：</translation>
    </message>
    <message>
        <source>ID number:</source>
        <translation>证件号码：</translation>
    </message>
    <message>
        <source>Region:</source>
        <translation>籍贯地区：</translation>
    </message>
    <message>
        <source>Address:</source>
        <translation>住址：</translation>
    </message>
    <message>
        <source>Issued by:</source>
        <translation>签发机关：</translation>
    </message>
    <message>
        <source>Valid:</source>
        <translation>有效期：</translation>
    </message>
    <message>
        <source>No card? Type or scan the ID number</source>
        <translation>未带证件？输入或扫描证件号码</translation>
    </message>
    <message>
        <source>18-character ID number, then Enter</source>
        <translation>18 位证件号码，按回车确认</translation>
    </message>
    <message>
        <source>Earlier cases at this counter</source>
        <translation>在本窗口的历史办件</translation>
    </message>
    <message>
        <source>Case number</source>
        <translation>办件编号</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>事项</translation>
    </message>
    <message>
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Accepted</source>
        <translation>受理时间</translation>
    </message>
    <message>
        <source>Deadline</source>
        <translation>办结期限</translation>
    </message>
    <message>
        <source>Photo</source>
        <translation>照片</translation>
    </message>
    <message>
        <source>No card photo</source>
        <translation>无证件照片</translation>
    </message>
    <message>
        <source>%1 years</source>
        <translation>%1 岁</translation>
    </message>
    <message>
        <source>%1, long-term</source>
        <translation>%1 起长期有效</translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation>%1 至 %2</translation>
    </message>
    <message>
        <source>This card expired on %1: ask for a valid card or a temporary ID card.</source>
        <translation>该证件已于 %1 过期：请出示有效证件或临时身份证。</translation>
    </message>
    <message>
        <source>The address shown is the newest one recorded on the chip; the card face says: %1</source>
        <translation>所示住址为芯片中最新登记的住址；证件正面住址为：%1</translation>
    </message>
    <message>
        <source>Not known at this counter yet: read the card, or type the name at intake.</source>
        <translation>本窗口尚无此人信息：请读卡，或在受理时录入姓名。</translation>
    </message>
    <message>
        <source>%1 of 18 characters</source>
        <translation>已输入 %1 位，共 18 位</translation>
    </message>
    <message>
        <source>Valid: %1, born %2, %3, %4 years</source>
        <translation>号码有效：%1，%2 出生，%3，%4 岁</translation>
    </message>
    <message>
        <source>Read a card to see the citizen's earlier cases.</source>
        <translation>读卡后显示该群众的历史办件。</translation>
    </message>
    <message>
        <source>No earlier cases at this counter.</source>
        <translation>在本窗口无历史办件。</translation>
    </message>
    <message>
        <source>First visit: no earlier cases at this counter.</source>
        <translation>首次来办：在本窗口无历史办件。</translation>
    </message>
    <message>
        <source>Earlier cases, newest first: %1</source>
        <translation>历史办件（最新在前）：%1 件</translation>
    </message>
</context>
<context>
    <name>ow::ui::IntakePage</name>
    <message>
        <source>Choosing items, forms and materials is not built yet.</source>
        <translation>事项选择、表单填写和材料核验功能尚未开发。</translation>
    </message>
    <message>
        <source>No card reader is set up at this PC; type or scan ID numbers below.</source>
        <translation>本机未设置读卡器，请在下方输入或扫描证件号码。</translation>
    </message>
</context>
<context>
    <name>ow::ui::LoginDialog</name>
    <message>
        <source>OneWindow - Log in</source>
        <translation>一窗通 - 登录</translation>
    </message>
    <message>
        <source>OneWindow counter</source>
        <translation>一窗通 窗口受理</translation>
    </message>
    <message>
        <source>%1, counter %2</source>
        <translation>%1 %2 号窗口</translation>
    </message>
    <message>
        <source>This PC is not set up as a counter yet. An administrator can set it up under Settings.</source>
        <translation>本机尚未设置为受理窗口，管理员可在“设置”中设置。</translation>
    </message>
    <message>
        <source>&amp;Login:</source>
        <translation>登录名(&amp;L)：</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>密码(&amp;P)：</translation>
    </message>
    <message>
        <source>Log in</source>
        <translation>登录</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>退出</translation>
    </message>
</context>
<context>
    <name>ow::ui::MainWindow</name>
    <message>
        <source>OneWindow</source>
        <translation>一窗通</translation>
    </message>
    <message>
        <source>Queue</source>
        <translation>叫号</translation>
    </message>
    <message>
        <source>Intake</source>
        <translation>受理</translation>
    </message>
    <message>
        <source>Cases</source>
        <translation>办件</translation>
    </message>
    <message>
        <source>Backlog</source>
        <translation>督办</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>设置</translation>
    </message>
    <message>
        <source>Calling the hall queue from this counter is not built yet.</source>
        <translation>本窗口叫号功能尚未开发。</translation>
    </message>
    <message>
        <source>Finding and working cases is not built yet.</source>
        <translation>办件查询与办理功能尚未开发。</translation>
    </message>
    <message>
        <source>The backlog of open and overdue cases is not built yet.</source>
        <translation>在办及超期办件督办功能尚未开发。</translation>
    </message>
    <message>
        <source>The backlog is for supervisors; you are logged in as %1.</source>
        <translation>督办页面仅供主管使用；您当前的身份是%1。</translation>
    </message>
    <message>
        <source>Clerk: %1 (%2)</source>
        <translation>工作人员：%1（%2）</translation>
    </message>
    <message>
        <source>The window is locked</source>
        <translation>窗口已锁定</translation>
    </message>
    <message>
        <source>%1, enter your password to continue.</source>
        <translation>%1，请输入密码继续。</translation>
    </message>
    <message>
        <source>&amp;Unlock</source>
        <translation>解锁(&amp;U)</translation>
    </message>
    <message>
        <source>Log &amp;out</source>
        <translation>退出登录(&amp;O)</translation>
    </message>
    <message>
        <source>%1 (%2), counter %3</source>
        <translation>%1（%2）%3 号窗口</translation>
    </message>
    <message>
        <source>Counter not set up</source>
        <translation>窗口未设置</translation>
    </message>
</context>
<context>
    <name>ow::ui::SettingsPage</name>
    <message>
        <source>This counter</source>
        <translation>本窗口</translation>
    </message>
    <message>
        <source> min</source>
        <translation> 分钟</translation>
    </message>
    <message>
        <source>Off</source>
        <translation>关闭</translation>
    </message>
    <message>
        <source>Hall code:</source>
        <translation>大厅编码：</translation>
    </message>
    <message>
        <source>Hall name:</source>
        <translation>大厅名称：</translation>
    </message>
    <message>
        <source>Counter number:</source>
        <translation>窗口号：</translation>
    </message>
    <message>
        <source>Lock the window after no input for:</source>
        <translation>无操作自动锁定时间：</translation>
    </message>
    <message>
        <source>Only an administrator can change these.</source>
        <translation>仅管理员可修改以上设置。</translation>
    </message>
    <message>
        <source>This PC</source>
        <translation>本机</translation>
    </message>
    <message>
        <source>Language (after the next start):</source>
        <translation>界面语言（下次启动生效）：</translation>
    </message>
    <message>
        <source>Data</source>
        <translation>数据</translation>
    </message>
    <message>
        <source>Data file:</source>
        <translation>数据文件：</translation>
    </message>
    <message>
        <source>Schema version:</source>
        <translation>结构版本：</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>保存(&amp;S)</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>已保存。</translation>
    </message>
    <message>
        <source>Card reader of this PC</source>
        <translation>本机读卡器</translation>
    </message>
    <message>
        <source>Serial reader (SAM protocol)</source>
        <translation>串口读卡器（SAM 协议）</translation>
    </message>
    <message>
        <source>Vendor library (sdtapi)</source>
        <translation>厂商驱动库（sdtapi）</translation>
    </message>
    <message>
        <source>No reader</source>
        <translation>不使用读卡器</translation>
    </message>
    <message>
        <source>Detect</source>
        <translation>自动检测</translation>
    </message>
    <message>
        <source>Read the fingerprint data too</source>
        <translation>同时读取指纹信息</translation>
    </message>
    <message>
        <source>the usual library names</source>
        <translation>按常用库名查找</translation>
    </message>
    <message>
        <source>Whichever it exports</source>
        <translation>自动识别</translation>
    </message>
    <message>
        <source>Reader:</source>
        <translation>读卡器：</translation>
    </message>
    <message>
        <source>Serial port:</source>
        <translation>串口：</translation>
    </message>
    <message>
        <source>Speed (baud):</source>
        <translation>波特率：</translation>
    </message>
    <message>
        <source>Vendor library:</source>
        <translation>厂商驱动库：</translation>
    </message>
    <message>
        <source>Vendor port number:</source>
        <translation>厂商端口号：</translation>
    </message>
    <message>
        <source>Photo decoder library:</source>
        <translation>照片解码库：</translation>
    </message>
    <message>
        <source>Photo decoder entry point:</source>
        <translation>照片解码接口：</translation>
    </message>
    <message>
        <source>Choose the serial port of the card reader, or choose No reader.</source>
        <translation>请选择读卡器所在串口，或选择“不使用读卡器”。</translation>
    </message>
</context>
</TS>